package fr.passerelle.shared.persistence;

/**
 * A collection whose documents carry an {@code outbox}: the events of their changes, waiting to be relayed. The
 * relay drains every source; every aggregate store is one.
 */
public interface OutboxSource {

    /** The field of each document holding its pending events, oldest first. */
    String OUTBOX = "outbox";
    /** The ids of the pending events: present exactly when the outbox holds some, and indexed (sparse). */
    String PENDING = OUTBOX + "._id";

    String collectionName();
}
