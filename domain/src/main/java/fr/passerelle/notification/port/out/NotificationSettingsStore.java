package fr.passerelle.notification.port.out;

import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.shared.model.EmailAddress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** People's stored notification settings, one document per person. */
public interface NotificationSettingsStore {

    Optional<NotificationSettings> find(String subject);

    /** The stored settings among these subjects (people who never chose and never signed in have none). */
    List<NotificationSettings> findAll(Collection<String> subjects);

    /**
     * Stores the person's choices (language, digest, channels) if their settings are still at {@code current}'s
     * version, and returns them at the next version; the recorded address is left as stored.
     *
     * @throws fr.passerelle.shared.error.ConcurrentUpdateException when they changed meanwhile
     */
    NotificationSettings saveChoices(NotificationSettings current, NotificationSettings changed);

    /** Records the person's verified address; writes only when it differs from the one stored. */
    void recordEmail(String subject, EmailAddress email);
}
