package fr.passerelle.enrollment.port.in;

import fr.passerelle.enrollment.port.out.FunderState;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment, mandate or refund changed state at the provider, as its webhook says once its signature is checked. The
 * provider's event id is the same on every redelivery. Ids only: no personal data.
 *
 * @param objectId the payment's, mandate's or refund's id; {@code state} tells which
 */
public record PaymentEvent(String eventId, String objectId, FunderState state, Instant occurredAt) {

    public PaymentEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
