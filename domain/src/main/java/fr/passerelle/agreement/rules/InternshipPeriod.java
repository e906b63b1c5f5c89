package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
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

    public InternshipPeriod {
        DateRange dates = new DateRange(start, end);
        Objects.requireNonNull(schedule, "schedule");
        CountryCode.require("country", country);
        exceptions = List.copyOf(Objects.requireNonNull(exceptions, "exceptions"));
        for (int i = 0; i < exceptions.size(); i++) {
            LocalDate date = exceptions.get(i).date();
            if (!dates.overlaps(new DateRange(date, date))) {
                throw BusinessRuleViolation.of("exceptions." + i + ".date", ErrorCode.OUT_OF_RANGE,
                        "must be within the internship, from " + start + " to " + end);
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
