package fr.passerelle.api.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * An issuer that cannot be reached — whether its keys or its discovery document — is reported as such, never as a
 * refused token nor as an unexpected failure. ProductionModeTest shows the 503 this becomes over HTTP. (While the
 * issuer cannot even be discovered there is no decoder yet, so every token, well-formed or not, waits for it.)
 */
class IssuerOutagesTest {

    @Test
    void anUndiscoverableIssuerIsUnavailable() throws Exception {
        String issuer = "http://127.0.0.1:" + closedPort() + "/realms/x";
        var decoder = new IssuerOutages(new SupplierJwtDecoder(() -> NimbusJwtDecoder.withIssuerLocation(issuer).build()));

        assertThatThrownBy(() -> decoder.decode(ForeignTokens.signedByAnUnknownKey(issuer)))
                .isInstanceOf(IssuerUnavailableException.class);
    }

    @Test
    void unreachableKeysAreUnavailable() throws Exception {
        String keys = "http://127.0.0.1:" + closedPort() + "/jwks";
        var decoder = new IssuerOutages(NimbusJwtDecoder.withJwkSetUri(keys).build());

        assertThatThrownBy(() -> decoder.decode(ForeignTokens.signedByAnUnknownKey("https://idp.example/realms/x")))
                .isInstanceOf(IssuerUnavailableException.class);
        assertThatThrownBy(() -> decoder.decode("not-a-jwt")).as("what cannot be a token needs no keys to refuse")
                .isInstanceOf(BadJwtException.class);
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
