package fr.passerelle.agreement.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Where the public holidays of a country come from. France's are computed ({@link #france()}); other host countries'
 * are data ({@link HolidayCalendar}); sources chain with {@link #or(PublicHolidays)}.
 */
public interface PublicHolidays {

    /**
     * The public holidays of {@code country} (ISO 3166-1 alpha-2) in {@code year}; empty when this source has no data
     * for them, which is not a year without holidays: presence is then counted without any, and reported.
     */
    Optional<Set<LocalDate>> holidays(String country, int year);

    /** This source, and {@code fallback} for the countries and years this one has no data for. */
    default PublicHolidays or(PublicHolidays fallback) {
        return (country, year) -> holidays(country, year).or(() -> fallback.holidays(country, year));
    }

    /** France's national public holidays, computed for any year; no data for other countries. */
    static PublicHolidays france() {
        return FrenchPublicHolidays.INSTANCE;
    }
}
