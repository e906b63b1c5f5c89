package fr.passerelle.testing;

import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.notification.service.ChannelDelivery;
import fr.passerelle.notification.service.NoticeDelivery;

/** Notice deliveries for tests of the subscribers that decide who must know. */
public final class Deliveries {

    private Deliveries() {
    }

    /**
     * A real delivery where nobody chose anything (everyone reads French, with the default channels) and mails and
     * pushes are only scheduled: tests of a subscriber read the in-app notifications it produced.
     */
    public static NoticeDelivery inApp(Notifications notifications) {
        return inApp(notifications, new InMemoryNotificationSettings());
    }

    /** The same, where people chose what these settings say (their language, say). */
    public static NoticeDelivery inApp(Notifications notifications, InMemoryNotificationSettings settings) {
        return new ChannelDelivery(notifications, settings, new InMemoryPushDevices(), new RecordingReminders(),
                new RecordingMailer(), new FakeTexts(), Fixtures.CLOCK);
    }
}
