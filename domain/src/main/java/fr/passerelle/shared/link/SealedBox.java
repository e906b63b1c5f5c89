package fr.passerelle.shared.link;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short payloads into URL-safe tokens and opens them: AES-256-GCM under a key derived from the server's secret
 * and a purpose, so one secret gives unrelated keys to unrelated uses (a download link never opens as an unsubscribe
 * link). Each token is authenticated together with a context (the object it is for), which is not in the token: a
 * token opens only for the context it was sealed for.
 *
 * <p>A token is {@code base64url(nonce ‖ ciphertext ‖ tag)}: sealed, not merely signed, because tokens travel in URLs
 * — browser histories, proxies' and servers' access logs — where what they carry has no business.
 */
public final class SealedBox {

    /** The shortest server secret accepted. */
    public static final int MIN_SECRET_BYTES = 32;
    /** Longer tokens are refused before any work. */
    private static final int MAX_TOKEN_LENGTH = 4096;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom NONCES = new SecureRandom();

    private final SecretKeySpec key;

    /**
     * @param purpose names this use of the secret (e.g. {@code passerelle download link v2})
     * @throws IllegalArgumentException for a secret under 32 bytes
     */
    public SealedBox(byte[] secret, String purpose) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The server secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(derivedKey(secret, purpose.getBytes(StandardCharsets.US_ASCII)), "AES");
    }

    /** The token of the payload, for the context. */
    public String seal(String context, byte[] payload) {
        byte[] nonce = new byte[NONCE_BYTES];
        NONCES.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, nonce, context, payload);
        } catch (AEADBadTagException impossible) {
            throw new IllegalStateException("sealing checks no tag", impossible);
        }
        return ENCODER.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    /**
     * The payload of a token sealed for this context; empty for a token altered, malformed, sealed for another
     * context or under another secret or purpose — all alike, so a caller cannot tell which.
     */
    public Optional<byte[]> open(String context, String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            byte[] bytes = DECODER.decode(token);
            // Base64's last character has unused bits: a token must have one spelling only.
            if (bytes.length <= NONCE_BYTES || !ENCODER.encodeToString(bytes).equals(token)) {
                return Optional.empty();
            }
            return Optional.of(crypt(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), context,
                    Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length)));
        } catch (IllegalArgumentException | AEADBadTagException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Seals or opens with the context as associated data, length-prefixed so no context reads as another.
     *
     * @throws AEADBadTagException opening a token altered, or sealed for another context or with another key
     */
    private byte[] crypt(int mode, byte[] nonce, String context, byte[] input) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] contextBytes = context.getBytes(StandardCharsets.UTF_8);
            cipher.updateAAD((contextBytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            cipher.updateAAD(contextBytes);
            return cipher.doFinal(input);
        } catch (AEADBadTagException refused) {
            throw refused;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] derivedKey(byte[] secret, byte[] purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
