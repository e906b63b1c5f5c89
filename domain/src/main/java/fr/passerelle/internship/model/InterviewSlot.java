package fr.passerelle.internship.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A proposed interview time: an instant plus the time zone of the place (or of the recruiter, for a call), so each
 * side reads it at the right wall-clock time, daylight saving included.
 *
 * @param id unique within the interview
 */
public record InterviewSlot(String id, Instant start, int durationMinutes, ZoneId zone) {

    public InterviewSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
    }

    public Instant end() {
        return start.plus(Duration.ofMinutes(durationMinutes));
    }

    /** The start as the clocks of the interview's zone show it. */
    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }
}
