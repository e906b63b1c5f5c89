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
 */
public record Program(String code, String name, String level, Integer durationMonths) {

    private static final int MAX_DURATION_MONTHS = 72;

    public static Program of(String code, String name, String level, Integer durationMonths) {
        var checks = new Checks();
        String cleanCode = checks.text("code", code, Limits.CODE);
        String cleanName = checks.text("name", name, Limits.NAME);
        String cleanLevel = checks.optionalText("level", level, Limits.SHORT_TEXT);
        if (durationMonths != null && (durationMonths < 1 || durationMonths > MAX_DURATION_MONTHS)) {
            checks.add("durationMonths", ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", 1, MAX_DURATION_MONTHS);
        }
        checks.throwIfAny();
        return new Program(cleanCode.toUpperCase(Locale.ROOT), cleanName, cleanLevel, durationMonths);
    }
}
