package fr.passerelle.notification.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and changes the caller's own settings; a person who never chose has the defaults, stored nowhere. */
public class NotificationSettingsService implements NotificationSettingsUseCases {

    private final NotificationSettingsStore store;

    public NotificationSettingsService(NotificationSettingsStore store) {
        this.store = store;
    }

    @Override
    public NotificationSettings mine(Actor actor) {
        return current(actor.subject());
    }

    @Override
    public NotificationSettings change(Actor actor, SettingsChange change) {
        Map<NotificationKind, Set<NotificationChannel>> choices = checkedChoices(change.channels());
        return new VersionedChange<>(() -> current(actor.subject()), NotificationSettings::version,
                store::saveChoices).apply(change.expectedVersion(),
                settings -> settings.choose(change.language(), change.digest(), choices));
    }

    @Override
    public void recordAddress(Actor actor) {
        if (actor.email() != null) {
            store.recordEmail(actor.subject(), actor.email());
        }
    }

    private NotificationSettings current(String subject) {
        return store.find(subject).orElseGet(() -> NotificationSettings.defaults(subject));
    }

    /** Each kind at most once, and never more entries than there are kinds: checked before anything else is done. */
    private static Map<NotificationKind, Set<NotificationChannel>> checkedChoices(List<KindChannels> entries) {
        if (entries == null) {
            return Map.of();
        }
        int kinds = NotificationKind.values().length;
        if (entries.size() > kinds) {
            throw BusinessRuleViolation.of("channels", ErrorCode.OUT_OF_RANGE,
                    "error.settings.too-many-kinds", kinds);
        }
        List<Violation> violations = new ArrayList<>();
        Map<NotificationKind, Set<NotificationChannel>> choices = new EnumMap<>(NotificationKind.class);
        for (int i = 0; i < entries.size(); i++) {
            KindChannels entry = entries.get(i);
            if (entry.channels().size() > NotificationChannel.values().length) {
                violations.add(Violation.of("channels." + i + ".channels", ErrorCode.OUT_OF_RANGE,
                        "error.settings.channel-twice"));
                continue;
            }
            Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
            channels.addAll(entry.channels());
            if (choices.putIfAbsent(entry.kind(), channels) != null) {
                violations.add(Violation.of("channels." + i + ".kind", ErrorCode.DUPLICATE,
                        "error.settings.kind-twice", entry.kind().name()));
            }
        }
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation(violations);
        }
        return choices;
    }
}
