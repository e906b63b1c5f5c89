package fr.passerelle.internship.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an application's history: it never shrinks, so both sides can see who moved it when.
 *
 * @param by   the subject who made the change
 * @param note why, when given (a rejection's reason, "accepted another offer"…)
 */
public record StatusChange(ApplicationStatus status, Instant at, String by, String note) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
