package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The dates of an internship, both included, its planned schedule, where it takes place and its dated exceptions.
 *
 * @param country            ISO 3166-1 alpha-2 code of the country where the intern is present: its public holidays
 *                           are the ones not worked
 * @param presenceOnHolidays true when the agreement says the intern is expected on public holidays: the schedule's
 *                           minutes then count on those days too; false (the default rule) when they are days off
 * @param hostDaysOff        for a host abroad, the days it does not work as the parties entered them (its country's
 *                           public holidays, a closure): when given, they are the days off instead of any holiday
 *                           source's; at most {@value #MAX_HOST_DAYS_OFF}, within the period, each once. Empty in
 *                           France, whose holidays are computed
 */
public record InternshipPeriod(LocalDate start, LocalDate end, WeeklySchedule schedule, String country,
                               List<ScheduleException> exceptions, boolean presenceOnHolidays,
                               List<LocalDate> hostDaysOff) {

    public static final String FRANCE = "FR";

    /** More than a country's public holidays over a six-month internship several times over. */
    public static final int MAX_HOST_DAYS_OFF = 60;

    /** A period without days off entered: the holiday source's for its country. */
    public InternshipPeriod(LocalDate start, LocalDate end, WeeklySchedule schedule, String country,
                            List<ScheduleException> exceptions, boolean presenceOnHolidays) {
        this(start, end, schedule, country, exceptions, presenceOnHolidays, List.of());
    }

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
        // Stored before this field existed: none entered.
        hostDaysOff = hostDaysOff == null ? List.of() : List.copyOf(hostDaysOff);
        if (!hostDaysOff.isEmpty() && FRANCE.equals(country)) {
            throw BusinessRuleViolation.of("hostDaysOff", ErrorCode.INVALID, "error.period.days-off-in-france");
        }
        if (hostDaysOff.size() > MAX_HOST_DAYS_OFF) {
            throw BusinessRuleViolation.of("hostDaysOff", ErrorCode.OUT_OF_RANGE, "error.list.too-long",
                    MAX_HOST_DAYS_OFF);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < hostDaysOff.size(); i++) {
            LocalDate day = hostDaysOff.get(i);
            if (!dates.overlaps(new DateRange(day, day))) {
                throw BusinessRuleViolation.of("hostDaysOff." + i, ErrorCode.OUT_OF_RANGE,
                        "error.period.date-outside", start, end);
            }
            if (!seen.add(day)) {
                throw BusinessRuleViolation.of("hostDaysOff." + i, ErrorCode.DUPLICATE, "error.period.day-off-twice");
            }
        }
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
        return new InternshipPeriod(start, end, schedule, FRANCE, List.of(), false, List.of());
    }

    public DateRange dates() {
        return new DateRange(start, end);
    }
}
