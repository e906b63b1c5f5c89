package fr.passerelle.shared.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the tokens of short-lived download links: HMAC-SHA256, with the server's secret, over one object's
 * key (the path it is downloaded from), who asked and until when. The key is not in the token: the download checks
 * the token against the object actually requested, so a token opens that object only.
 *
 * <p>A token reads {@code base64url(subject).base64url(roles).base64url(email).expiry.base64url(mac)}: signed, not
 * encrypted. It names its holder and their verified e-mail, which the document it opens shows anyway.
 */
public final class DownloadLinkSigner {

    /** The longest lifetime a link may be configured with: a link is for a click, not for keeping. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

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
        this.key = new SecretKeySpec(secret, ALGORITHM);
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
        return payload + "." + ENCODER.encodeToString(mac(objectKey, payload));
    }

    /**
     * The grant of a token for this object while it holds; empty for a token altered, expired, malformed or signed for
     * another object — all alike, so a caller cannot tell which.
     */
    public Optional<DownloadGrant> verify(String objectKey, String token) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            String payload = String.join(".", parts[0], parts[1], parts[2], parts[3]);
            // Compared as text: base64's last character has unused bits, and a token must have one spelling only.
            if (!MessageDigest.isEqual(ENCODER.encodeToString(mac(objectKey, payload)).getBytes(StandardCharsets.US_ASCII),
                    parts[4].getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (!clock.instant().isBefore(expiresAt)) {
                return Optional.empty();
            }
            String roles = decode(parts[1]);
            String email = decode(parts[2]);
            return Optional.of(new DownloadGrant(decode(parts[0]),
                    roles.isEmpty() ? Set.of() : Set.copyOf(List.of(roles.split(","))),
                    email.isEmpty() ? null : email, expiresAt));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The key is signed with the payload, length-prefixed so that no key and payload pair reads as another. */
    private byte[] mac(String objectKey, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] keyBytes = objectKey.getBytes(StandardCharsets.UTF_8);
            mac.update((keyBytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            mac.update(keyBytes);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
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
