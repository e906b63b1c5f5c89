package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.DateRange;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Code de l'éducation, art. L124-8 and R124-10: the number of interns "dont la convention de stage est en cours sur
 * une même semaine civile" in the host cannot exceed {@value #LARGE_HOST_MAX_PERCENT} % of its workforce, rounded up,
 * when the workforce is {@value #LARGE_HOST_MIN_WORKFORCE} or more, and {@value #SMALL_HOST_MAX_INTERNS} interns
 * below.
 *
 * <p>Counted by calendar week (Monday to Sunday), as the text says: two agreements in progress in the same week count
 * together even if their days do not meet, so each agreement is widened to its whole weeks before counting. The
 * workforce is the caller's, computed as R124-12 says (the higher of the last day of the previous month and the
 * twelve-month average), as the host declared it, plus the interns it declared from agreements made elsewhere, who
 * count in every week. Workforce unknown, or more agreements with the host than are read: not checked (and said so),
 * never blocking.
 *
 * <p>Not modelled: the higher caps an academic authority may set for compulsory periods of secondary-school
 * vocational training (R124-11), and the prolongations of L124-15, which do not count.
 *
 * <p>The host's other internships are mostly other schools' agreements: the finding says whether the cap would be
 * passed, never how many internships run nor in which week.
 */
final class HostQuotaRule {

    static final String ID = "HOST_QUOTA";
    static final Message ARTICLE = Message.of("finding.article.host-quota");

    /** From this workforce the cap is a share of it; below, a fixed number. */
    static final int LARGE_HOST_MIN_WORKFORCE = 20;
    /** The share of the workforce, rounded up, for hosts of {@value #LARGE_HOST_MIN_WORKFORCE} or more. */
    static final int LARGE_HOST_MAX_PERCENT = 15;
    /** The cap below {@value #LARGE_HOST_MIN_WORKFORCE}. */
    static final int SMALL_HOST_MAX_INTERNS = 3;

    private HostQuotaRule() {
    }

    /**
     * @param staffing the host's workforce and its other internships; null when no workforce is declared (the finding
     *                 says who may declare it)
     */
    static RuleFinding check(DateRange internship, HostStaffing staffing) {
        if (staffing == null) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.host-quota.unknown"), List.of());
        }
        if (!staffing.complete()) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.host-quota.not-counted"),
                    List.of());
        }
        int limit = limit(staffing.workforce());
        int peak = staffing.internsElsewhere() + Concurrency.peak(calendarWeeks(internship),
                staffing.otherInternships().stream().map(HostQuotaRule::calendarWeeks).toList());
        List<Figure> figures = List.of(new Figure("limit", limit, Unit.INTERNS),
                new Figure("workforce", staffing.workforce(), Unit.EMPLOYEES));
        if (peak > limit) {
            return new RuleFinding(ID, ARTICLE, Severity.BLOCKING,
                    Message.of("finding.host-quota.over", limit, staffing.workforce()), figures);
        }
        return new RuleFinding(ID, ARTICLE, Severity.INFO,
                Message.of("finding.host-quota.within", limit, staffing.workforce()), figures);
    }

    /** R124-10's cap for a workforce. */
    static int limit(int workforce) {
        return workforce >= LARGE_HOST_MIN_WORKFORCE
                ? (int) GratificationRates.ceilDiv((long) workforce * LARGE_HOST_MAX_PERCENT, 100)
                : SMALL_HOST_MAX_INTERNS;
    }

    /** From the Monday of the first week to the Sunday of the last. */
    private static DateRange calendarWeeks(DateRange dates) {
        return new DateRange(dates.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                dates.end().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    }
}
