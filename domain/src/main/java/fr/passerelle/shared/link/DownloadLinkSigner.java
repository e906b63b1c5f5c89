package fr.passerelle.shared.link;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seals and opens the tokens of short-lived download links ({@link SealedBox}: AES-256-GCM with a key derived from the
 * server's secret), over who asked and until when, authenticated together with one object's key (the path it is
 * downloaded from). The object's key is not in the token: the download checks the token against the object actually
 * requested, so a token opens that object only. Sealed, not merely signed, because links travel in URLs where the
 * holder's account and e-mail have no business.
 */
public final class DownloadLinkSigner {

    /** The longest lifetime a link may be configured with: a link is for a click, not for keeping. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);
    /** Names this use of the server's secret, so the same secret used elsewhere gives another key. */
    private static final String KEY_PURPOSE = "passerelle download link v2";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SealedBox box;
    private final Duration lifetime;
    private final Clock clock;

    /** @throws IllegalArgumentException for a secret under 32 bytes or a lifetime not within (0, 1 h] */
    public DownloadLinkSigner(byte[] secret, Duration lifetime, Clock clock) {
        if (secret.length < SealedBox.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The download-link secret must have at least "
                    + SealedBox.MIN_SECRET_BYTES + " bytes");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("A download link lives more than 0 and at most " + MAX_LIFETIME
                    + ", not " + lifetime);
        }
        this.box = new SealedBox(secret, KEY_PURPOSE);
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
        return box.seal(objectKey, payload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The grant of a token for this object while it holds; empty for a token altered, expired, malformed or sealed for
     * another object — all alike, so a caller cannot tell which.
     */
    public Optional<DownloadGrant> verify(String objectKey, String token) {
        return box.open(objectKey, token).flatMap(this::grantOf);
    }

    private Optional<DownloadGrant> grantOf(byte[] payload) {
        try {
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
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(DECODER.decode(part), StandardCharsets.UTF_8);
    }
}
