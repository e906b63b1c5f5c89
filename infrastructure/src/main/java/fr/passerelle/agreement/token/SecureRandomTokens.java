package fr.passerelle.agreement.token;

import fr.passerelle.agreement.port.out.SecretTokens;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Tokens of 256 bits from the platform's strong source of randomness, in base64url without padding (43 characters,
 * safe in a URL as they are). Only their hash is stored; guessing one is out of reach.
 */
@Component
class SecureRandomTokens implements SecretTokens {

    static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();

    @Override
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return encoder.encodeToString(bytes);
    }
}
