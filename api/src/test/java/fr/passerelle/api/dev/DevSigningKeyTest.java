package fr.passerelle.api.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class DevSigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void aTokenIssuedBeforeARestartIsValidAfterIt() throws Exception {
        RSAKey beforeRestart = DevSigningKey.loadOrCreate(Optional.of(dataDir));
        Instant now = Instant.now();
        String token = new DevTokens(new ImmutableJWKSet<>(new JWKSet(beforeRestart)), "passerelle-api", "roles")
                .issue("dev-someone", "someone@example.test", null, Set.of(), now, now.plus(Duration.ofHours(1)));

        RSAKey afterRestart = DevSigningKey.loadOrCreate(Optional.of(dataDir));

        assertThat(afterRestart.getKeyID()).isEqualTo(beforeRestart.getKeyID());
        assertThat(NimbusJwtDecoder.withPublicKey(afterRestart.toRSAPublicKey()).build().decode(token).getSubject())
                .isEqualTo("dev-someone");
    }

    @Test
    void theKeyFileIsTheOwnersAlone() throws Exception {
        DevSigningKey.loadOrCreate(Optional.of(dataDir));

        Path file = dataDir.resolve(DevSigningKey.FILE_NAME);
        assertThat(RSAKey.parse(Files.readString(file)).isPrivate()).isTrue();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void anInMemoryStoreGetsAFreshKeyEachStartAndWritesNothing() {
        assertThat(DevSigningKey.loadOrCreate(Optional.empty()).getKeyID())
                .isNotEqualTo(DevSigningKey.loadOrCreate(Optional.empty()).getKeyID());
        assertThat(dataDir.toFile().list()).isEmpty();
    }

    @Test
    void aDamagedKeyFileStopsTheStartWithWhatToDo() throws Exception {
        Files.writeString(dataDir.resolve(DevSigningKey.FILE_NAME), "{not a key");

        assertThatThrownBy(() -> DevSigningKey.loadOrCreate(Optional.of(dataDir)))
                .hasMessageContaining("delete it");
    }
}
