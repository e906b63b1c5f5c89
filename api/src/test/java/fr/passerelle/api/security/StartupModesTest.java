package fr.passerelle.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The API refuses to start without a way to authenticate callers, and says what to configure. */
class StartupModesTest {

    @Test
    void startupFailsWhenNeitherAnIssuerNorTheDevModeIsConfigured() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PasserelleApplication.class)
                .run("--passerelle.mongodb.in-memory=true", "--server.port=0", "--passerelle.demo-data=false")
                .close())
                .hasRootCauseInstanceOf(MissingIssuerException.class);
    }

    @Test
    void theDevIssuerRefusesToRunNextToARealIdentityProvider() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PasserelleApplication.class)
                .run("--passerelle.mongodb.in-memory=true", "--server.port=0", "--passerelle.demo-data=false",
                        "--passerelle.security.dev-issuer=true", "--passerelle.security.issuer-uri=https://idp.example/realms/x")
                .close())
                .rootCause().hasMessageContaining("dev token issuer");
    }

    @Test
    void startupFailsWhenASchemaFieldHasNoDataFetcher() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PasserelleApplication.class)
                .run("--passerelle.mongodb.in-memory=true", "--server.port=0", "--passerelle.demo-data=false",
                        "--passerelle.security.dev-issuer=true",
                        "--spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-unmapped/")
                .close())
                .rootCause().hasMessageContaining("disagree").hasMessageContaining("unmappedProbe");
    }

    @Test
    void theFailureAnalysisNamesTheSettingsToUse() {
        var analysis = new MissingIssuerFailureAnalyzer().analyze(new MissingIssuerException());
        assertThat(analysis.getAction()).contains("PASSERELLE_SECURITY_ISSUER_URI").contains("dev");
    }
}
