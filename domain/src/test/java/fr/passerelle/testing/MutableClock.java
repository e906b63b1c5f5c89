package fr.passerelle.testing;

import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it, for use cases that depend on the day (an internship starts, a
 * link expires, a reminder is due). Starts at {@link Fixtures#NOW}.
 */
public final class MutableClock extends Clock {

    private Instant now = Fixtures.NOW;

    public Instant now() {
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Moves to {@code time} on {@code day} in the platform's zone (Paris). */
    public void setTo(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(PlatformCalendar.ZONE).toInstant();
    }

    /** Moves to 9:00 in Paris on {@code day}. */
    public void setTo(LocalDate day) {
        setTo(day, LocalTime.of(9, 0));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("use cases read instants and convert with PlatformCalendar");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
