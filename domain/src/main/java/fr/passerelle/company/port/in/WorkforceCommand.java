package fr.passerelle.company.port.in;

import fr.passerelle.company.model.Workforce;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.Limits;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A workforce declaration as the client sent it (see {@link Workforce}).
 *
 * @param internsElsewhere null for none
 */
public record WorkforceCommand(Integer headcount, LocalDate asOf, Integer internsElsewhere) {

    /** More employees than the largest employer in France has is a typing error. */
    public static final int MAX_HEADCOUNT = 1_000_000;
    /** Interns taken in at once outside the platform: above R124-10's cap for the largest headcount. */
    public static final int MAX_INTERNS_ELSEWHERE = 150_000;

    /** The headcount refers to a day past (or today), at most {@link Limits#PLAN_YEARS} years ago. */
    public Workforce validate(String declaredBy, LocalDate today, Instant now) {
        var checks = new Checks();
        Integer validHeadcount = checks.count("headcount", checks.required("headcount", headcount), 0, MAX_HEADCOUNT);
        LocalDate validAsOf = checks.date("asOf", checks.required("asOf", asOf),
                new DateWindow(today.minusYears(Limits.PLAN_YEARS), today));
        Integer validElsewhere = checks.count("internsElsewhere", internsElsewhere == null ? 0 : internsElsewhere, 0,
                MAX_INTERNS_ELSEWHERE);
        checks.throwIfAny();
        return new Workforce(validHeadcount, validAsOf, validElsewhere, declaredBy, now);
    }
}
