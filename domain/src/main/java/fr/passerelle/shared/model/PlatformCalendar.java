package fr.passerelle.shared.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which calendar day it is for the platform. Its people are in France, so a change at 00:30 in Paris belongs to
 * that day, not to the previous one as in UTC. (Internships abroad will carry their own zone.)
 */
public final class PlatformCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private PlatformCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
