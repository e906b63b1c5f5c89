package fr.passerelle.notification.service;

import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.Text;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.notification.port.out.PushDevices;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers a notice over each recipient's channels, in their language (their choice, else French): in the app
 * always (the live subscription relays it), then push to each of their devices and e-mail — at once or in the next
 * daily digest — when their settings for the kind say so.
 *
 * <p>Only the in-app notification is written here. Pushes and mails are scheduled as reminders due now, keyed by
 * the notification (and device), so each is tried, retried with backoff and parked on its own: a push service or
 * mail server that is down neither loses the notification nor fails the event, and an event delivered twice
 * schedules nothing twice.
 */
public class ChannelDelivery implements NoticeDelivery {

    private final Notifications notifications;
    private final NotificationSettingsStore settings;
    private final PushDevices devices;
    private final Reminders reminders;
    private final Mailer mailer;
    private final Texts texts;
    private final Clock clock;

    public ChannelDelivery(Notifications notifications, NotificationSettingsStore settings, PushDevices devices,
                           Reminders reminders, Mailer mailer, Texts texts, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.devices = devices;
        this.reminders = reminders;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void toPeople(String cause, Notice notice, Collection<String> subjects) {
        Set<String> recipients = new LinkedHashSet<>(subjects);
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, NotificationSettings> stored = settings.findAll(recipients).stream()
                .collect(Collectors.toMap(NotificationSettings::subject, Function.identity()));
        List<String> pushed = recipients.stream()
                .filter(r -> settingsOf(stored, r).wants(notice.kind(), NotificationChannel.PUSH)).toList();
        Map<String, List<PushDevice>> devicesOf = pushed.isEmpty() ? Map.of()
                : devices.ofSubjects(pushed).stream().collect(Collectors.groupingBy(PushDevice::subject));
        Instant now = clock.instant();
        for (String recipient : recipients) {
            NotificationSettings person = settingsOf(stored, recipient);
            Notification notification = inApp(cause, notice, person, now);
            notifications.add(notification);
            if (person.wants(notice.kind(), NotificationChannel.PUSH)) {
                devicesOf.getOrDefault(recipient, List.of())
                        .forEach(device -> reminders.schedule(NoticePush.reminder(notification, device, now)));
            }
            if (person.wants(notice.kind(), NotificationChannel.EMAIL)) {
                reminders.schedule(person.digest() == EmailDigest.DAILY
                        ? DailyDigest.reminder(recipient, notification.createdAt())
                        : NoticeMail.reminder(notification, now));
            }
        }
    }

    /** Someone without an account has no settings: French, by e-mail, at once. */
    @Override
    public void toAddress(String cause, Notice notice, EmailAddress address) {
        mailer.send(new OutgoingMail("mail/" + Notification.idFor(cause, address.value()), address,
                render(notice, Language.DEFAULT)));
    }

    private Notification inApp(String cause, Notice notice, NotificationSettings person, Instant now) {
        Text text = render(notice, person.chosenLanguage().orElse(Language.DEFAULT));
        return new Notification(Notification.idFor(cause, person.subject()), person.subject(), notice.kind(),
                text.title(), text.body(), notice.targetType(), notice.targetId(), now, null);
    }

    private Text render(Notice notice, Language language) {
        return texts.render(notice.kind().name().toLowerCase(Locale.ROOT), language.locale(), notice.parameters());
    }

    private static NotificationSettings settingsOf(Map<String, NotificationSettings> stored, String subject) {
        NotificationSettings found = stored.get(subject);
        return found != null ? found : NotificationSettings.defaults(subject);
    }
}
