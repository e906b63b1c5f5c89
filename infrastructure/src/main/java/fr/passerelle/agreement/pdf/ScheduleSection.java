package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ScheduleException;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The presence clauses (art. D124-4 3°, 4°): the weekly schedule day by day, a rotation week by week (A, B…), the
 * dated exceptions, and whether the intern is present at night, on Sundays and on public holidays.
 */
final class ScheduleSection {

    private ScheduleSection() {
    }

    static void write(PdfLayout layout, InternshipPeriod period, boolean nightPresence, boolean sundayPresence) {
        layout.heading("Temps de présence");
        WeeklySchedule schedule = period.schedule();
        List<WeekPattern> weeks = schedule.weeks();
        for (int i = 0; i < weeks.size(); i++) {
            layout.field(weeks.size() == 1 ? "Chaque semaine" : "Semaine " + weekName(i), week(weeks.get(i)));
        }
        if (weeks.size() > 1) {
            layout.paragraph("Les semaines se succèdent dans cet ordre, en boucle ; la semaine " + weekName(0)
                    + " est la semaine calendaire (du lundi au dimanche) du premier jour du stage.");
        }
        layout.field("Présence la nuit", FrenchFormat.yesNo(nightPresence));
        layout.field("Présence le dimanche", FrenchFormat.yesNo(sundayPresence));
        layout.field("Présence les jours fériés", FrenchFormat.yesNo(period.presenceOnHolidays()));
        layout.field("Exceptions au planning", exceptions(period.exceptions()));
    }

    /** "lundi 7 h, mercredi 3 h 30 (10 h 30 par semaine)". */
    private static String week(WeekPattern week) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int minutes = week.minutesOn(day);
            if (minutes > 0) {
                days.add(FrenchFormat.day(day) + " " + FrenchFormat.hours(minutes));
            }
        }
        String total = FrenchFormat.hours(week.weeklyMinutes()) + " par semaine";
        return days.isEmpty() ? "aucune présence (" + total + ")" : String.join(", ", days) + " (" + total + ")";
    }

    /** A, B… Z, then by number: a rotation of more than 26 weeks is unlikely but must still print. */
    private static String weekName(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "n° " + (index + 1);
    }

    private static String exceptions(List<ScheduleException> exceptions) {
        if (exceptions.isEmpty()) {
            return "aucune";
        }
        List<String> lines = new ArrayList<>();
        for (ScheduleException exception : exceptions) {
            lines.add(FrenchFormat.date(exception.date()) + " : " + describe(exception));
        }
        return String.join("\n", lines);
    }

    private static String describe(ScheduleException exception) {
        String duration = FrenchFormat.hours(exception.minutes());
        if (exception instanceof ScheduleException.Absence absence) {
            return absence.kind() == ScheduleException.AbsenceKind.LEAVE
                    ? "congé ou autorisation d'absence de " + duration + " (art. L124-13)"
                    : "absence de " + duration;
        }
        return "présence supplémentaire de " + duration;
    }
}
