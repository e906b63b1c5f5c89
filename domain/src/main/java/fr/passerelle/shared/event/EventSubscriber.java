package fr.passerelle.shared.event;

/**
 * Reacts to domain events in the background. Delivery is at least once, in no guaranteed order across
 * aggregates, so {@link #on} must be idempotent: handling the same event twice has the effect of handling it once
 * (key every effect by the event id). Throwing makes the relay retry with backoff, and park the delivery after
 * too many failures for an administrator to replay.
 */
public interface EventSubscriber {

    /** Stable name: deliveries are recorded under it, so renaming one re-delivers nothing and loses nothing. */
    String name();

    boolean accepts(DomainEvent event);

    void on(DomainEvent event);
}
