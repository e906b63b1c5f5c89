package fr.passerelle.notification.service;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.model.Text;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.Instant;
import java.util.Map;

/**
 * Mails one notification to its recipient, in the words (and language) it was stored with. The mail's key derives
 * from the notification, so a retry never mails twice; a person with no known address gets no mail, and no error.
 */
public class NoticeMail implements ReminderHandler {

    static final String KIND = "notice-mail";
    private static final String NOTIFICATION = "notification";

    private final Notifications notifications;
    private final NotificationSettingsStore settings;
    private final ContactAddresses addresses;
    private final Mailer mailer;

    public NoticeMail(Notifications notifications, NotificationSettingsStore settings, ContactAddresses addresses,
                      Mailer mailer) {
        this.notifications = notifications;
        this.settings = settings;
        this.addresses = addresses;
        this.mailer = mailer;
    }

    static Reminder reminder(Notification notification, Instant now) {
        return new Reminder(KIND + "/" + notification.id(), KIND, now, Map.of(NOTIFICATION, notification.id()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        notifications.findById(reminder.attribute(NOTIFICATION)).ifPresent(notification -> {
            NotificationSettings person = settings.find(notification.recipient())
                    .orElseGet(() -> NotificationSettings.defaults(notification.recipient()));
            addresses.of(person).ifPresent(address -> mailer.send(new OutgoingMail("mail/" + notification.id(),
                    address, new Text(notification.title(), notification.body()))));
        });
    }
}
