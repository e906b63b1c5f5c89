package fr.passerelle.enrollment.port.in;

import fr.passerelle.enrollment.port.out.FunderState;
import java.time.Instant;
import java.util.Objects;

/**
 * A funder's record changed state: a training-account folder, a France Travail quote or an OPCO request. The same
 * change always carries the same {@code eventId}, so a notification delivered twice is recognised and applied once.
 * Ids only: no personal data.
 */
public record FundingStatusChanged(String eventId, String funderReference, FunderState state, Instant occurredAt) {

    public FundingStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(funderReference, "funderReference");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
