package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.shared.persistence.MoneyDocument;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * Stored clauses of an agreement or of an amendment, as the domain holds them. Dates are ISO-8601 text (zone-free
 * and ordered, see {@code LearnerDocument}). The two sealed families of the rules, schedule exceptions and
 * gratifications, are stored with an explicit discriminator so a document says what it holds without Java class
 * names.
 */
record TermsDocument(PeriodDocument period, String activities, List<String> skillsToAcquire, boolean nightPresence,
                     boolean sundayPresence, GratificationDocument gratification, String paymentTerms,
                     String benefits, String socialProtection, String leaveAndAbsence,
                     String suspensionAndTermination, String evaluation, List<String> workplaces,
                     String postReference) {

    /**
     * @param country     ISO 3166-1 alpha-2 code
     * @param hostDaysOff a host abroad's non-worked days, ISO-8601; absent from documents stored before them
     */
    record PeriodDocument(String start, String end, ScheduleDocument schedule, String country,
                          List<ExceptionDocument> exceptions, boolean presenceOnHolidays, List<String> hostDaysOff) {
    }

    /** The weeks of the rotation, in order (one for a regular schedule). */
    record ScheduleDocument(List<WeekDocument> weeks) {
    }

    /** Minutes planned per day; a day not listed is not worked. */
    record WeekDocument(Map<DayOfWeek, Integer> minutesByDay) {
    }

    /** @param absenceKind why the intern was away, for an absence; null for extra presence */
    record ExceptionDocument(ExceptionType type, String date, int minutes, AbsenceKind absenceKind) {
    }

    enum ExceptionType {
        ABSENCE, EXTRA_PRESENCE
    }

    record GratificationDocument(GratificationBasis basis, MoneyDocument amount) {
    }

    enum GratificationBasis {
        /** So much per hour of presence. */
        HOURLY,
        /** So much each month, whatever the hours. */
        MONTHLY_FLAT
    }
}
