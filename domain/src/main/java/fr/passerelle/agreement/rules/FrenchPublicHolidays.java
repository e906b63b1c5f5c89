package fr.passerelle.agreement.rules;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The eleven national public holidays of the Code du travail, art. L3133-1: eight on fixed dates and three after
 * Easter (Easter Monday, Ascension Thursday, Whit Monday).
 *
 * <p>Out of scope, say so to users: the extra days of Alsace-Moselle (Good Friday, 26 December, Code du travail
 * art. L3134-13) and of the overseas departments (abolition of slavery, each its own date). Whit Monday stays a
 * holiday even where the host makes it its "journée de solidarité": that day concerns employees, and when the intern
 * is expected anyway the agreement records it as extra presence.
 */
enum FrenchPublicHolidays implements PublicHolidays {

    INSTANCE;

    /** Easter Monday is the day after Easter Sunday. */
    static final int EASTER_MONDAY_AFTER_EASTER = 1;
    /** Ascension Thursday is the fortieth day of Easter, counting Easter Sunday as the first. */
    static final int ASCENSION_AFTER_EASTER = 39;
    /** Whit Monday follows Pentecost, the fiftieth day of Easter. */
    static final int WHIT_MONDAY_AFTER_EASTER = 50;

    @Override
    public Optional<Set<LocalDate>> holidays(String country, int year) {
        if (!InternshipPeriod.FRANCE.equals(country)) {
            return Optional.empty();
        }
        LocalDate easter = easterSunday(year);
        SortedSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));   // Jour de l'an
        days.add(easter.plusDays(EASTER_MONDAY_AFTER_EASTER));
        days.add(LocalDate.of(year, Month.MAY, 1));       // Fête du travail
        days.add(LocalDate.of(year, Month.MAY, 8));       // Victoire 1945
        days.add(easter.plusDays(ASCENSION_AFTER_EASTER));
        days.add(easter.plusDays(WHIT_MONDAY_AFTER_EASTER));
        days.add(LocalDate.of(year, Month.JULY, 14));     // Fête nationale
        days.add(LocalDate.of(year, Month.AUGUST, 15));   // Assomption
        days.add(LocalDate.of(year, Month.NOVEMBER, 1));  // Toussaint
        days.add(LocalDate.of(year, Month.NOVEMBER, 11)); // Armistice 1918
        days.add(LocalDate.of(year, Month.DECEMBER, 25)); // Noël
        return Optional.of(Collections.unmodifiableSortedSet(days));
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), in integers: the
     * Sunday after the ecclesiastical full moon on or after 21 March.
     */
    static LocalDate easterSunday(int year) {
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeapYears = century / 4;
        int centuryRemainder = century % 4;
        int moonCorrection = (century + 8) / 25;
        int solarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - skippedLeapYears - solarCorrection + 15) % 30;
        int leapYears = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
        int lateCorrection = (goldenNumber + 11 * epact + 22 * weekday) / 451;
        int monthAndDay = epact + weekday - 7 * lateCorrection + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
