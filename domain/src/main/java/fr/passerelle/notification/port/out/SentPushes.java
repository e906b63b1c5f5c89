package fr.passerelle.notification.port.out;

import fr.passerelle.notification.model.PushMessage;
import java.time.Instant;
import java.util.List;

/** The pushes a recording gateway (the fake used in dev and tests) accepted, for the dev tools to show. */
public interface SentPushes {

    /** A push as it was accepted. */
    record SentPush(PushMessage message, Instant sentAt) {
    }

    /** The most recent accepted pushes, oldest first. */
    List<SentPush> recent();
}
