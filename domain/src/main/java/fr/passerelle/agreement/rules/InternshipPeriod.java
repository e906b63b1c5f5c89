package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dates of an internship, both included, its planned schedule, where it takes place and its dated exceptions.
 *
 * @param country            ISO 3166-1 alpha-2 code of the country where the intern is present: its public holidays
 *                           are the ones not worked
 * @param presenceOnHolidays true when the agreement says the intern is expected on public holidays: the schedule's
 *                           minutes then count on those days too; false (the default rule) when they are days off
 */
public record InternshipPeriod(LocalDate start, LocalDate end, WeeklySchedule schedule, String country,
                               List<ScheduleException> exceptions, boolean presenceOnHolidays) {

    public static final String FRANCE = "FR";

    /**
     * The longest period the rules count, day by day: the width of the window planned dates are checked against
     * ({@link Limits#PLAN_YEARS} either side of today). Input is refused long before (see
     * {@link fr.passerelle.shared.validation.DateWindow#plans}); this bound keeps the rules' own loops (days, months,
     * holiday years) small whoever builds a period.
     */
    public static final int MAX_YEARS = 2 * Limits.PLAN_YEARS;

    public InternshipPeriod {
        DateRange dates = new DateRange(start, end);
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw BusinessRuleViolation.of("end", ErrorCode.OUT_OF_RANGE,
                    "error.period.too-long", MAX_YEARS);
        }
        Objects.requireNonNull(schedule, "schedule");
        CountryCode.require("country", country);
        exceptions = List.copyOf(Objects.requireNonNull(exceptions, "exceptions"));
        for (int i = 0; i < exceptions.size(); i++) {
            LocalDate date = exceptions.get(i).date();
            if (!dates.overlaps(new DateRange(date, date))) {
                throw BusinessRuleViolation.of("exceptions." + i + ".date", ErrorCode.OUT_OF_RANGE,
                        "error.period.date-outside", start, end);
            }
        }
    }

    /** An internship in France, on its schedule, without exceptions, days off on public holidays. */
    public static InternshipPeriod inFrance(LocalDate start, LocalDate end, WeeklySchedule schedule) {
        return new InternshipPeriod(start, end, schedule, FRANCE, List.of(), false);
    }

    public DateRange dates() {
        return new DateRange(start, end);
    }
}
