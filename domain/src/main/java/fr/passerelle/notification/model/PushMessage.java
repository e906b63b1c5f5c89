package fr.passerelle.notification.model;

import java.util.Objects;

/**
 * One push to one device, as FCM and APNs both take it: a visible title and body, data the app opens the right
 * screen with, and a collapse key under which a newer push replaces an undelivered older one (and a repeat of the
 * same push replaces itself).
 *
 * @param notificationId the global id of the in-app notification it mirrors
 * @param targetType     the type of the object it is about, or null
 * @param targetId       that object's global id (for {@code node(id:)}), or null
 */
public record PushMessage(String token, PushPlatform platform, String title, String body, String notificationId,
                          String targetType, String targetId, String collapseKey) {

    /** Longer bodies are cut: the whole payload must stay under the services' 4 KB, and the app holds the rest. */
    public static final int MAX_BODY = 1_000;

    public PushMessage {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(collapseKey, "collapseKey");
        body = body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY - 1) + "…";
    }

    @Override
    public String toString() {
        return "PushMessage[platform=" + platform + ", notificationId=" + notificationId + ", collapseKey="
                + collapseKey + "]";
    }
}
