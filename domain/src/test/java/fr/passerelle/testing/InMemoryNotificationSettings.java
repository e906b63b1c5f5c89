package fr.passerelle.testing;

import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.EmailAddress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link NotificationSettingsStore} in memory, honouring the port's contract: choices are saved only at the version
 * read (then bumped), and recording an address leaves the version alone and writes only a change ({@link #writes}).
 */
public class InMemoryNotificationSettings extends InMemoryRecords<NotificationSettings>
        implements NotificationSettingsStore {

    private int writes;

    public InMemoryNotificationSettings() {
        super(NotificationSettings::subject);
    }

    @Override
    public Optional<NotificationSettings> find(String subject) {
        return findById(subject);
    }

    @Override
    public List<NotificationSettings> findAll(Collection<String> subjects) {
        return findAllById(subjects);
    }

    @Override
    public NotificationSettings saveChoices(NotificationSettings current, NotificationSettings changed) {
        long stored = findById(current.subject()).map(NotificationSettings::version).orElse(0L);
        if (stored != current.version()) {
            throw new ConcurrentUpdateException("NotificationSettings", current.subject());
        }
        EmailAddress email = findById(current.subject()).map(NotificationSettings::email).orElse(null);
        NotificationSettings saved = new NotificationSettings(changed.subject(), changed.language(), changed.digest(),
                changed.choices(), email, stored + 1);
        put(saved);
        writes++;
        return saved;
    }

    @Override
    public void recordEmail(String subject, EmailAddress email) {
        NotificationSettings current = findById(subject).orElseGet(() -> NotificationSettings.defaults(subject));
        if (!Objects.equals(current.email(), email)) {
            put(new NotificationSettings(subject, current.language(), current.digest(), current.choices(), email,
                    current.version()));
            writes++;
        }
    }

    /** This person chose to read Passerelle in this language. */
    public void readsIn(String subject, Language language) {
        seed(NotificationSettings.defaults(subject).choose(language, null, Map.of()));
    }

    /** Stores these settings as they are (a test's starting point). */
    public void seed(NotificationSettings settings) {
        put(settings);
    }

    /** How many writes the store took. */
    public int writes() {
        return writes;
    }
}
