package fr.passerelle.webhook.http;

import fr.passerelle.webhook.port.out.SecretBox;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals webhook secrets with AES-256-GCM under a key derived from the configured master key: a copy of the database
 * alone signs nothing. A sealed secret is {@code base64(nonce ‖ ciphertext ‖ tag)}.
 */
class AesSecretBox implements SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Names this use of the master key, so the same key used elsewhere gives another AES key. */
    private static final byte[] PURPOSE = "passerelle webhook secrets v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom NONCES = new SecureRandom();

    private final SecretKeySpec key;

    AesSecretBox(byte[] masterKey) {
        if (masterKey.length < 32) {
            throw new IllegalArgumentException("the webhook encryption key needs at least 32 bytes");
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(PURPOSE);
            this.key = new SecretKeySpec(sha256.digest(masterKey), "AES");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        NONCES.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce)
                .put(sealed).array());
    }

    /** @throws IllegalStateException for a secret sealed under another key (the key changed): rotate it */
    @Override
    public String open(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        byte[] clear = crypt(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES),
                Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
        return new String(clear, StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException wrongKey) {
            throw new IllegalStateException("a webhook secret does not open with this encryption key: "
                    + "was PASSERELLE_WEBHOOKS_ENCRYPTION_KEY changed? Rotate the endpoint's secret", wrongKey);
        }
    }
}
