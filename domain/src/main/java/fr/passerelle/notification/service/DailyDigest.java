package fr.passerelle.notification.service;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The daily e-mail digest: a person who chose {@code DAILY} gets, the morning after a day (UTC) that brought them
 * e-mail notices, one mail listing that day's notifications of the kinds they get by e-mail, in their language. The
 * first such notice of the day schedules it (one reminder per person and day); the mail's key is the person and
 * day, so a retry never mails twice.
 */
public class DailyDigest implements ReminderHandler {

    static final String KIND = "notice-digest";
    /** When digests leave, the morning after (UTC): 7 or 8 o'clock in France. */
    static final LocalTime SENT_AT = LocalTime.of(6, 0);
    /** The most notifications one digest lists; the rest wait in the app. */
    static final int MAX_ITEMS = 50;
    private static final String SUBJECT = "subject";
    private static final String DAY = "day";

    private final Notifications notifications;
    private final NotificationSettingsStore settings;
    private final ContactAddresses addresses;
    private final Mailer mailer;
    private final Texts texts;

    public DailyDigest(Notifications notifications, NotificationSettingsStore settings, ContactAddresses addresses,
                       Mailer mailer, Texts texts) {
        this.notifications = notifications;
        this.settings = settings;
        this.addresses = addresses;
        this.mailer = mailer;
        this.texts = texts;
    }

    /** The digest of the day (UTC) the notification was created on, due the next morning. */
    static Reminder reminder(String subject, Instant createdAt) {
        LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        return new Reminder(KIND + "/" + subject + "/" + day, KIND,
                day.plusDays(1).atTime(SENT_AT).toInstant(ZoneOffset.UTC), Map.of(SUBJECT, subject, DAY, day.toString()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        String subject = reminder.attribute(SUBJECT);
        LocalDate day = LocalDate.parse(reminder.attribute(DAY));
        NotificationSettings person = settings.find(subject).orElseGet(() -> NotificationSettings.defaults(subject));
        List<Notification> mailed = notifications.ofRecipientCreatedBetween(subject,
                        day.atStartOfDay().toInstant(ZoneOffset.UTC), day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        MAX_ITEMS).stream()
                .filter(n -> person.wants(n.kind(), NotificationChannel.EMAIL)).toList();
        if (mailed.isEmpty()) {
            return;
        }
        Language language = person.chosenLanguage().orElse(Language.DEFAULT);
        addresses.of(person).ifPresent(address -> mailer.send(new OutgoingMail(
                "mail/" + KIND + "/" + subject + "/" + day, address, texts.render("notification_digest",
                        language.locale(), Map.of("day", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(language.locale()).format(day),
                                "count", String.valueOf(mailed.size()), "items", items(mailed))))));
    }

    private static String items(List<Notification> mailed) {
        return mailed.stream().map(n -> "• " + n.title() + "\n  " + n.body()).collect(Collectors.joining("\n\n"));
    }
}
