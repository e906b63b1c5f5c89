package fr.passerelle.agreement.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomTokensTest {

    private final SecureRandomTokens tokens = new SecureRandomTokens();

    @Test
    void aTokenIs256RandomBitsInBase64UrlWithoutPadding() {
        String token = tokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(tokens.newToken());
        }

        assertThat(seen).hasSize(10_000);
    }
}
