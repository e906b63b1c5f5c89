package fr.passerelle.shared.model;

import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.PublicHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days on the platform's calendar: Monday to Friday, less France's national public holidays (the same
 * computed calendar internship agreements count presence with). Service-level delays of the CRM and funders' deadlines are counted in them,
 * so a prospect put "À relancer" on a Friday before Easter Monday is not overdue on Tuesday.
 */
public final class WorkingDays {

    private static final PublicHolidays HOLIDAYS = PublicHolidays.france();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.holidays(InternshipPeriod.FRANCE, day.getYear()).orElse(Set.of()).contains(day);
    }

    /**
     * The {@code count}-th working day after {@code start} (which itself does not count). Bounded by the callers:
     * CRM delays are at most {@code PipelineStage.MAX_SLA_WORKING_DAYS}.
     */
    public static LocalDate after(LocalDate start, int count) {
        LocalDate day = start;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
