package fr.passerelle.notification.model;

import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.EmailAddress;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One person's notification settings: their language, when e-mails leave, and the channels they chose for some
 * kinds (the others follow {@link ChannelDefaults}). Also the contact address their sign-in last showed, which
 * e-mail notices go to; that one is recorded by the platform, not chosen, and leaves the version alone.
 *
 * @param subject  the person's token subject
 * @param language the language they chose, or null (then the request's, else French)
 * @param choices  channels per kind for the kinds they chose, in-app included
 * @param email    the verified e-mail address of their last sign-in, or null
 * @param version  optimistic-locking version of the person's own choices; 0 before they first choose
 */
public record NotificationSettings(String subject, Language language, EmailDigest digest,
                                   Map<NotificationKind, Set<NotificationChannel>> choices, EmailAddress email,
                                   long version) {

    public NotificationSettings {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(digest, "digest");
        EnumMap<NotificationKind, Set<NotificationChannel>> copy = new EnumMap<>(NotificationKind.class);
        choices.forEach((kind, channels) -> copy.put(kind, withInApp(channels)));
        choices = Map.copyOf(copy);
    }

    /** What a person has before choosing anything. */
    public static NotificationSettings defaults(String subject) {
        return new NotificationSettings(subject, null, EmailDigest.IMMEDIATE, Map.of(), null, 0);
    }

    public Optional<Language> chosenLanguage() {
        return Optional.ofNullable(language);
    }

    /** The channels this person gets the kind on: their choice, else the default; in the app always. */
    public Set<NotificationChannel> channels(NotificationKind kind) {
        Set<NotificationChannel> chosen = choices.get(kind);
        return chosen != null ? chosen : ChannelDefaults.of(kind);
    }

    public boolean wants(NotificationKind kind, NotificationChannel channel) {
        return channels(kind).contains(channel);
    }

    public boolean isDefault(NotificationKind kind) {
        return !choices.containsKey(kind);
    }

    /**
     * These settings with the person's new choices; a null language or digest keeps the current one. Choosing what is
     * already chosen returns these very settings, so nothing is written and the version stays.
     */
    public NotificationSettings choose(Language newLanguage, EmailDigest newDigest,
                                       Map<NotificationKind, Set<NotificationChannel>> newChoices) {
        Map<NotificationKind, Set<NotificationChannel>> merged = new EnumMap<>(NotificationKind.class);
        merged.putAll(choices);
        merged.putAll(newChoices);
        NotificationSettings chosen = new NotificationSettings(subject, newLanguage != null ? newLanguage : language,
                newDigest != null ? newDigest : digest, merged, email, version);
        return chosen.equals(this) ? this : chosen;
    }

    private static Set<NotificationChannel> withInApp(Set<NotificationChannel> channels) {
        EnumSet<NotificationChannel> all = EnumSet.of(NotificationChannel.IN_APP);
        all.addAll(channels);
        return Set.copyOf(all);
    }
}
