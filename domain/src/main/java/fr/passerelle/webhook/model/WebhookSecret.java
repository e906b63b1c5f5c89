package fr.passerelle.webhook.model;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An endpoint's signing secret as the Standard Webhooks specification spells it: {@code whsec_} followed by the
 * base64 of random bytes (32 here; the specification asks for 24 to 64). The receiver signs with the decoded bytes.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    public static String generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a secret this class generated. */
    public static byte[] keyOf(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a webhook secret");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
