package fr.passerelle.webhook.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to deliver a message, as recorded.
 *
 * @param responseStatus  the HTTP status, null without an answer
 * @param responseExcerpt the first bytes of the answer's body (bounded), or the failure's description
 */
public record DeliveryAttempt(int number, Instant at, long durationMillis, AttemptOutcome outcome,
                              Integer responseStatus, String responseExcerpt) {

    /** How much of an answer is kept: enough to see an error message, not a stored copy of the receiver's pages. */
    public static final int MAX_EXCERPT = 512;

    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        if (responseExcerpt != null && responseExcerpt.length() > MAX_EXCERPT) {
            responseExcerpt = responseExcerpt.substring(0, MAX_EXCERPT);
        }
    }
}
