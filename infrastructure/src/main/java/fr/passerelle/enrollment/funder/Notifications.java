package fr.passerelle.enrollment.funder;

import fr.passerelle.enrollment.port.out.FunderState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state-change notifications a fake service sends, each with the id the real service would give it (the record's
 * reference, the change's rank and its state, so the same change always has the same id). Kept so that tests and dev
 * can replay them, as a service redelivers what it thinks was not received. Not thread-safe: the fakes call it under
 * their lock.
 *
 * @param <E> the listener's event type
 */
final class Notifications<E> {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    /** Builds a listener's event: {@code FundingStatusChanged::new}, {@code PaymentEvent::new}. */
    interface EventShape<E> {
        E of(String eventId, String reference, FunderState state, Instant occurredAt);
    }

    private final EventShape<E> shape;
    private final Consumer<E> listener;
    private final List<E> sent = new ArrayList<>();

    Notifications(EventShape<E> shape, Consumer<E> listener) {
        this.shape = shape;
        this.listener = listener;
    }

    void changed(String reference, FunderState state, Instant at) {
        E event = shape.of(reference + ":" + sent.size() + ":" + state.name(), reference, state, at);
        sent.add(event);
        deliver(event);
    }

    /** Delivers every notification sent so far once more, oldest first. */
    void redeliverAll() {
        List.copyOf(sent).forEach(this::deliver);
    }

    /**
     * A listener's failure does not undo the change, as a webhook the receiver did not acknowledge does not undo it at
     * the service: the notification is kept for {@link #redeliverAll}.
     */
    private void deliver(E event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("A notification was not acknowledged by its listener; it will be redelivered", e);
        }
    }

    List<E> sent() {
        return List.copyOf(sent);
    }
}
