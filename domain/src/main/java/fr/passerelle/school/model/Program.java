package fr.passerelle.school.model;

import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.util.Locale;

/**
 * A training programme a school offers.
 *
 * @param code the school's own short code, unique within the school (upper-cased)
 * @param level the diploma level as the school names it (CAP, Bac Pro, BTS, Bachelor, Master…), optional
 * @param durationMonths optional
 * @param teachingHoursPerYear the hours of teaching at the school per academic year (Code de l'éducation, art. D124-2:
 *                             internships need 200 at least); optional, the agreement rules warn while it is missing
 */
public record Program(String code, String name, String level, Integer durationMonths, Integer teachingHoursPerYear) {

    private static final int MAX_DURATION_MONTHS = 72;
    /** More than every hour of a year's working days: a typing error, not a program. */
    static final int MAX_TEACHING_HOURS_PER_YEAR = 2_000;

    /** A program whose teaching hours are not recorded. */
    public Program(String code, String name, String level, Integer durationMonths) {
        this(code, name, level, durationMonths, null);
    }

    public static Program of(String code, String name, String level, Integer durationMonths) {
        return of(code, name, level, durationMonths, null);
    }

    public static Program of(String code, String name, String level, Integer durationMonths,
                             Integer teachingHoursPerYear) {
        var checks = new Checks();
        String cleanCode = checks.text("code", code, Limits.CODE);
        String cleanName = checks.text("name", name, Limits.NAME);
        String cleanLevel = checks.optionalText("level", level, Limits.SHORT_TEXT);
        if (durationMonths != null && (durationMonths < 1 || durationMonths > MAX_DURATION_MONTHS)) {
            checks.add("durationMonths", ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", 1, MAX_DURATION_MONTHS);
        }
        if (teachingHoursPerYear != null && (teachingHoursPerYear < 0
                || teachingHoursPerYear > MAX_TEACHING_HOURS_PER_YEAR)) {
            checks.add("teachingHoursPerYear", ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", 0,
                    MAX_TEACHING_HOURS_PER_YEAR);
        }
        checks.throwIfAny();
        return new Program(cleanCode.toUpperCase(Locale.ROOT), cleanName, cleanLevel, durationMonths,
                teachingHoursPerYear);
    }
}
