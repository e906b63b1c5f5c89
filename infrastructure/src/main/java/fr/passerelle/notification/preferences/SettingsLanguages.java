package fr.passerelle.notification.preferences;

import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.PreferredLanguages;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A person's language is the one in their notification settings, when they chose one. */
@Component
class SettingsLanguages implements PreferredLanguages {

    private final NotificationSettingsStore settings;

    SettingsLanguages(NotificationSettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Language> of(String subject) {
        return settings.find(subject).flatMap(NotificationSettings::chosenLanguage);
    }
}
