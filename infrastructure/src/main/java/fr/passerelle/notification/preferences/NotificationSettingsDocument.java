package fr.passerelle.notification.preferences;

import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.shared.i18n.Language;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's settings, keyed by their token subject. Channels are stored by kind name, so a kind that no longer
 * exists is skipped on read instead of breaking it. Changed only by conditional updates: the person's choices at
 * their version, the recorded address without touching it.
 *
 * @param digest null until the person chooses (then {@code IMMEDIATE} is meant)
 */
@Document("notificationSettings")
record NotificationSettingsDocument(@Id String subject, Language language, EmailDigest digest,
                                    Map<String, List<NotificationChannel>> channels, String email, long version) {
}
