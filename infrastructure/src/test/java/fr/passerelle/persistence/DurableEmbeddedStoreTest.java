package fr.passerelle.persistence;

import static fr.passerelle.persistence.Fixtures.fullSchool;
import static fr.passerelle.persistence.Fixtures.minimalSchool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.persistence.ForeignStoreException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded server's H2 file store keeps what was written when the application stops and starts again on the
 * same data directory. (Surviving {@code kill -9} is proven in the api module; this proves an orderly reopen.) The
 * dev mode never opens a store written in production.
 */
class DurableEmbeddedStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void schoolsWrittenBeforeARestartAreReadBackAfterItAndStillUnique() {
        School stored;
        try (ConfigurableApplicationContext first = start()) {
            Schools schools = first.getBean(Schools.class);
            School inserted = schools.insert(fullSchool("school-1", "École du Son"), Fixtures.event());
            stored = schools.update(inserted.withTier(PartnershipTier.STRATEGIC, Fixtures.T0.plusSeconds(1)), Fixtures.event());
        }
        assertThat(dataDir.resolve("passerelle.mv")).isRegularFile();

        try (ConfigurableApplicationContext second = start()) {
            Schools schools = second.getBean(Schools.class);

            assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(stored);
            assertThatThrownBy(() -> schools.insert(minimalSchool("school-2", "ECOLE DU SON"), Fixtures.event()))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    @Test
    void theDevModeRefusesToStartOnAStoreWrittenInProduction() {
        try (ConfigurableApplicationContext production = start()) {
            production.getBean(Schools.class).insert(minimalSchool("school-1", "École du Son"), Fixtures.event());
        }

        assertThatThrownBy(() -> start("passerelle.security.dev-issuer=true").close())
                .hasRootCauseInstanceOf(ForeignStoreException.class)
                .rootCause().hasMessageContaining("created in production mode");
        try (ConfigurableApplicationContext production = start()) {
            assertThat(production.getBean(Schools.class).findById("school-1")).isPresent();
        }
    }

    private ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(PersistenceTestApplication.class)
                .properties("passerelle.mongodb.data-dir=" + dataDir.toAbsolutePath())
                .properties(properties)
                .run();
    }
}

