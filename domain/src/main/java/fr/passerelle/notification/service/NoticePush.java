package fr.passerelle.notification.service;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushOutcome;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.notification.port.out.PushDevices;
import fr.passerelle.notification.port.out.PushGateway;
import fr.passerelle.shared.model.NodeIds;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.Instant;
import java.util.Map;

/**
 * Pushes one notification to one device of its recipient. The device is re-read first: one unregistered meanwhile,
 * or registered since by someone else, gets nothing. A token the service calls invalid is forgotten; a service that
 * is unavailable throws, and the reminder is retried with backoff. The collapse key is the notification, so a retry
 * that reaches the device twice shows once.
 */
public class NoticePush implements ReminderHandler {

    static final String KIND = "notice-push";
    private static final String NOTIFICATION = "notification";
    private static final String DEVICE = "device";
    private static final String NOTIFICATION_TYPE = "Notification";

    private final Notifications notifications;
    private final PushDevices devices;
    private final PushGateway gateway;

    public NoticePush(Notifications notifications, PushDevices devices, PushGateway gateway) {
        this.notifications = notifications;
        this.devices = devices;
        this.gateway = gateway;
    }

    /** Keyed by the device's id (the token's hash): the token itself never sits in a job. */
    static Reminder reminder(Notification notification, PushDevice device, Instant now) {
        return new Reminder(KIND + "/" + notification.id() + "/" + device.id(), KIND, now,
                Map.of(NOTIFICATION, notification.id(), DEVICE, device.id()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        notifications.findById(reminder.attribute(NOTIFICATION)).ifPresent(notification ->
                devices.findById(reminder.attribute(DEVICE))
                        .filter(device -> device.subject().equals(notification.recipient()))
                        .ifPresent(device -> push(notification, device)));
    }

    private void push(Notification notification, PushDevice device) {
        String target = notification.targetType() == null ? null
                : NodeIds.encode(notification.targetType(), notification.targetId());
        PushOutcome outcome = gateway.send(new PushMessage(device.token(), device.platform(), notification.title(),
                notification.body(), NodeIds.encode(NOTIFICATION_TYPE, notification.id()), notification.targetType(),
                target, notification.id()));
        if (outcome == PushOutcome.TOKEN_INVALID) {
            devices.remove(device.subject(), device.id());
        }
    }
}
