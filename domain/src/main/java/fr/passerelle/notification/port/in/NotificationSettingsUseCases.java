package fr.passerelle.notification.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.shared.i18n.Language;
import java.util.List;

/** A person's own notification settings: nobody reads or changes anyone else's. */
public interface NotificationSettingsUseCases {

    /** One kind's channels as the person chooses them (in the app is always on, listed or not). */
    record KindChannels(NotificationKind kind, List<NotificationChannel> channels) {
    }

    /**
     * @param language        the new language, or null to keep the current one
     * @param digest          the new digest option, or null to keep it
     * @param channels        the kinds whose channels change; other kinds keep theirs
     * @param expectedVersion the version the person read, or null to apply the change to the latest
     */
    record SettingsChange(Language language, EmailDigest digest, List<KindChannels> channels, Long expectedVersion) {
    }

    /** The actor's settings, defaults included. */
    NotificationSettings mine(Actor actor);

    /** @throws fr.passerelle.shared.validation.BusinessRuleViolation for duplicate kinds, too many entries, a stale version */
    NotificationSettings change(Actor actor, SettingsChange change);

    /** Keeps the actor's verified address for e-mail notices (a write only when it changed). */
    void recordAddress(Actor actor);
}
