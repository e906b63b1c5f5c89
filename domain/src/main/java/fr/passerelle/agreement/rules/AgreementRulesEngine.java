package fr.passerelle.agreement.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs every legal rule on an agreement: counts its presence, then checks the six-month cap, the gratification, the
 * tutor's and the host's intern caps, the waiting period on the post, the program's teaching volume, the leave and
 * other mandatory clauses, and the rules for a minor intern. Pure: the same check gives the same report.
 */
public final class AgreementRulesEngine {

    private final PublicHolidays holidays;
    private final GratificationRates rates;

    public AgreementRulesEngine(PublicHolidays holidays, GratificationRates rates) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** France's holidays computed, no other country's, and the legal minimum gratification. */
    public static AgreementRulesEngine withLegalDefaults() {
        return new AgreementRulesEngine(PublicHolidays.france(), GratificationRates.LEGAL_MINIMUM);
    }

    public RulesReport check(AgreementCheck check) {
        PresenceTimeline timeline = PresenceTimeline.of(check.period(), holidays);
        SortedMap<AcademicYear, Presence> ownPresenceByYear = new TreeMap<>();
        SortedMap<AcademicYear, Presence> hostPresenceByYear = new TreeMap<>();
        for (AcademicYear year : timeline.academicYears()) {
            ownPresenceByYear.put(year, timeline.presenceIn(year));
            hostPresenceByYear.put(year, timeline.presenceIn(year)
                    .plus(check.otherPresenceWithHost().getOrDefault(year, Presence.NONE)));
        }
        List<RuleFinding> findings = new ArrayList<>();
        HolidayDataRule.check(timeline).ifPresent(findings::add);
        findings.add(MaxDurationRule.check(ownPresenceByYear, hostPresenceByYear));
        GratificationRule.Outcome gratification = GratificationRule.check(timeline.presence(), hostPresenceByYear,
                timeline.presentMinutesByMonth(), check.gratification(), rates);
        findings.add(AbroadGratification.qualify(gratification.finding(), check.period().country()));
        findings.add(TutorLoadRule.check(check.period().dates(), check.tutorOtherInternships()));
        findings.add(HostQuotaRule.check(check.period().dates(), check.hostStaffing()));
        findings.add(WaitingPeriodRule.check(check.period().dates(), check.previousInternshipOnPost()));
        findings.add(TeachingVolumeRule.check(check.programTeachingHours()));
        findings.add(LeaveClauseRule.check(timeline.presence(), check.conditions().leaveClause()));
        findings.addAll(MandatoryClausesRule.check(check.conditions().missingClauses()));
        if (check.conditions().internBirthDate() != null) {
            findings.addAll(MinorInternRules.check(timeline, check.conditions(),
                    MinorInternRules.holidaysOf(check.period(), holidays)));
        }
        return new RulesReport(timeline.presence(), findings, gratification.schedule());
    }
}
