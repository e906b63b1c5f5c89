package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.ScheduleException;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.shared.model.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** GraphQL {@code AgreementTerms}: the clauses, with the schedule as lists a client can render. */
record TermsView(LocalDate start, LocalDate end, String country, boolean presenceOnHolidays, List<WeekView> weeks,
                 List<ExceptionView> exceptions, String activities, List<String> skillsToAcquire,
                 boolean nightPresence, boolean sundayPresence, GratificationView gratification, String paymentTerms,
                 String benefits, String socialProtection, String leaveAndAbsence, String suspensionAndTermination,
                 String evaluation, List<String> workplaces, String postReference, List<LocalDate> hostDaysOff) {

    static TermsView of(AgreementTerms terms) {
        var period = terms.period();
        return new TermsView(period.start(), period.end(), period.country(), period.presenceOnHolidays(),
                period.schedule().weeks().stream().map(WeekView::of).toList(),
                period.exceptions().stream().map(ExceptionView::of).toList(), terms.activities(),
                terms.skillsToAcquire(), terms.nightPresence(), terms.sundayPresence(),
                GratificationView.of(terms), terms.paymentTerms(), terms.benefits(),
                terms.socialProtection(), terms.leaveAndAbsence(), terms.suspensionAndTermination(),
                terms.evaluation(), terms.workplaces(), terms.postReference(), period.hostDaysOff());
    }

    /** GraphQL {@code AgreementWeek}, days in calendar order. */
    record WeekView(List<DayView> days, long weeklyMinutes) {

        static WeekView of(WeekPattern week) {
            return new WeekView(week.minutesByDay().entrySet().stream()
                    .map(e -> new DayView(e.getKey(), e.getValue())).toList(), week.weeklyMinutes());
        }
    }

    /** GraphQL {@code AgreementDay}. */
    record DayView(DayOfWeek day, int minutes) {
    }

    /** GraphQL {@code ScheduleException}. */
    record ExceptionView(LocalDate date, int minutes, String kind) {

        static ExceptionView of(ScheduleException exception) {
            String kind = "EXTRA_PRESENCE";
            if (exception instanceof ScheduleException.Absence absence) {
                kind = absence.kind() == ScheduleException.AbsenceKind.LEAVE ? "LEAVE" : "ABSENCE";
            }
            return new ExceptionView(exception.date(), exception.minutes(), kind);
        }
    }

    /** GraphQL {@code Gratification}, with the terms it belongs to for its monthly contributions. */
    record GratificationView(Money amount, String basis, AgreementTerms terms) {

        static GratificationView of(AgreementTerms terms) {
            ProposedGratification gratification = terms.gratification();
            if (gratification == null) {
                return null;
            }
            return new GratificationView(gratification.amount(),
                    gratification instanceof ProposedGratification.MonthlyFlat ? "MONTHLY" : "HOURLY", terms);
        }

        /** GraphQL {@code value}: the {@code Money} object that replaces the deprecated scalar {@code amount}. */
        public Money value() {
            return amount;
        }
    }
}
