package fr.passerelle.notification.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A device that receives a person's pushes. The token is a credential of sorts (whoever holds it can push to the
 * device), so it is never logged or shown whole: the id is its SHA-256, and people see it {@link #truncatedToken()}.
 *
 * @param id           the token's hash: one token is one device, whoever registered it last
 * @param subject      the token subject of the person it belongs to
 * @param registeredAt when it was last registered (re-registering refreshes it)
 */
public record PushDevice(String id, String subject, PushPlatform platform, String token, Instant registeredAt) {

    /** The most a push token is allowed to be (FCM's are ~160 characters, APNs' 64 hex, web ones a few hundred). */
    public static final int MAX_TOKEN_LENGTH = 4_096;
    /** How many devices one person keeps; registering one more forgets their least recently registered. */
    public static final int MAX_PER_PERSON = 10;
    private static final int SHOWN = 8;

    public PushDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public static PushDevice register(String subject, PushPlatform platform, String token, Instant now) {
        return new PushDevice(idOf(token), subject, platform, token, now);
    }

    public static String idOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** Enough for a person to tell their devices apart, not enough to push to one. */
    public String truncatedToken() {
        return token.length() <= SHOWN ? "…" : token.substring(0, SHOWN) + "…";
    }

    @Override
    public String toString() {
        return "PushDevice[id=" + id + ", subject=" + subject + ", platform=" + platform + "]";
    }
}
