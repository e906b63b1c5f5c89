package fr.passerelle.shared.link;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the tokens of short-lived download links: AES-256-GCM, with a key derived from the server's secret,
 * over who asked and until when, authenticated together with one object's key (the path it is downloaded from). The
 * object's key is not in the token: the download checks the token against the object actually requested, so a token
 * opens that object only.
 *
 * <p>A token is {@code base64url(nonce ‖ ciphertext ‖ tag)}: sealed, not merely signed, because links travel in URLs
 * — browser histories, proxies' and servers' access logs — where the holder's account and e-mail have no business.
 */
public final class DownloadLinkSigner {

    /** The longest lifetime a link may be configured with: a link is for a click, not for keeping. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);
    private static final int MIN_SECRET_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Names this use of the server's secret, so the same secret used elsewhere gives another key. */
    private static final byte[] KEY_PURPOSE = "passerelle download link v2".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom NONCES = new SecureRandom();

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    /** @throws IllegalArgumentException for a secret under 32 bytes or a lifetime not within (0, 1 h] */
    public DownloadLinkSigner(byte[] secret, Duration lifetime, Clock clock) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The download-link secret must have at least " + MIN_SECRET_BYTES
                    + " bytes");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("A download link lives more than 0 and at most " + MAX_LIFETIME
                    + ", not " + lifetime);
        }
        this.key = new SecretKeySpec(derivedKey(secret), "AES");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A grant for this person from now, for as long as links live. */
    public DownloadGrant grantFor(String subject, Set<String> roles, String email) {
        return new DownloadGrant(subject, roles, email, clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The token that opens the object downloaded from {@code objectKey}, for the grant's holder, until it expires. */
    public String sign(String objectKey, DownloadGrant grant) {
        String payload = String.join(".", encode(grant.subject()), encode(String.join(",", new TreeSet<>(grant.roles()))),
                encode(grant.email() == null ? "" : grant.email()), Long.toString(grant.expiresAt().getEpochSecond()));
        byte[] nonce = new byte[NONCE_BYTES];
        NONCES.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, nonce, objectKey, payload.getBytes(StandardCharsets.UTF_8));
        } catch (AEADBadTagException impossible) {
            throw new IllegalStateException("sealing checks no tag", impossible);
        }
        return ENCODER.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    /**
     * The grant of a token for this object while it holds; empty for a token altered, expired, malformed or sealed for
     * another object — all alike, so a caller cannot tell which.
     */
    public Optional<DownloadGrant> verify(String objectKey, String token) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            byte[] bytes = DECODER.decode(token);
            // Base64's last character has unused bits: a token must have one spelling only.
            if (bytes.length <= NONCE_BYTES || !ENCODER.encodeToString(bytes).equals(token)) {
                return Optional.empty();
            }
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            byte[] payload = crypt(Cipher.DECRYPT_MODE, nonce, objectKey,
                    Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\.", -1);
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (!clock.instant().isBefore(expiresAt)) {
                return Optional.empty();
            }
            String roles = decode(parts[1]);
            String email = decode(parts[2]);
            return Optional.of(new DownloadGrant(decode(parts[0]),
                    roles.isEmpty() ? Set.of() : Set.copyOf(List.of(roles.split(","))),
                    email.isEmpty() ? null : email, expiresAt));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | AEADBadTagException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Seals or opens with the object's key as associated data, length-prefixed so no key reads as another.
     *
     * @throws AEADBadTagException opening a token altered, or sealed for another object or with another secret
     */
    private byte[] crypt(int mode, byte[] nonce, String objectKey, byte[] input) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] keyBytes = objectKey.getBytes(StandardCharsets.UTF_8);
            cipher.updateAAD((keyBytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            cipher.updateAAD(keyBytes);
            return cipher.doFinal(input);
        } catch (AEADBadTagException refused) {
            throw refused;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] derivedKey(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(KEY_PURPOSE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(DECODER.decode(part), StandardCharsets.UTF_8);
    }
}
