package fr.passerelle.shared.validation;

import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a kind of date may plausibly fall on, both included, around the platform's today. Every date that reaches
 * the domain is checked against one before any work proportional to it (a day-by-day count, a year-by-year calendar),
 * so a date a million years away costs a user error and nothing else. The widths are {@link Limits}' constants.
 */
public record DateWindow(LocalDate first, LocalDate last) {

    public DateWindow {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a date window ends before it starts");
        }
    }

    /** Plans: internships, offers, interviews, availability, follow-ups, and the filters over them. */
    public static DateWindow plans(LocalDate today) {
        return new DateWindow(today.minusYears(Limits.PLAN_YEARS), today.plusYears(Limits.PLAN_YEARS));
    }

    /** What already happened in a person's life: a certification obtained, an experience started. */
    public static DateWindow past(LocalDate today) {
        return new DateWindow(today.minusYears(Limits.LIFETIME_YEARS), today);
    }

    /** A person's records, past or planned: an experience's end, an expiry, a graduation or a project's year. */
    public static DateWindow lifetime(LocalDate today) {
        return new DateWindow(today.minusYears(Limits.LIFETIME_YEARS), today.plusYears(Limits.PLAN_YEARS));
    }

    /** Birth dates of people between {@code minAge} and {@code maxAge} years old today. */
    public static DateWindow birthDates(LocalDate today, int minAge, int maxAge) {
        return new DateWindow(today.minusYears(maxAge + 1L).plusDays(1), today.minusYears(minAge));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Whether the instant falls on one of the window's days in the platform's calendar; safe for any instant. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(first.atStartOfDay(PlatformCalendar.ZONE).toInstant())
                && instant.isBefore(last.plusDays(1).atStartOfDay(PlatformCalendar.ZONE).toInstant());
    }

    public boolean containsYear(int year) {
        return year >= first.getYear() && year <= last.getYear();
    }

}
