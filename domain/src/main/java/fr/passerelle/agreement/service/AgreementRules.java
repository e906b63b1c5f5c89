package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.rules.AcademicYear;
import fr.passerelle.agreement.rules.AgreementCheck;
import fr.passerelle.agreement.rules.AgreementRulesEngine;
import fr.passerelle.agreement.rules.ContributionSplit;
import fr.passerelle.agreement.rules.GratificationRates;
import fr.passerelle.agreement.rules.MonthlyContributions;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.agreement.rules.PresenceTimeline;
import fr.passerelle.agreement.rules.PublicHolidays;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the legal rules on an agreement's terms, in its surroundings read from the store: the intern's other
 * agreements with the same host (their presence adds up toward the six-month cap and the gratification threshold),
 * the tutor's other interns, and the teaching hours of the intern's program (D124-2). The host's workforce and the
 * post's previous intern are not recorded on the platform, so those two rules report "not checked" rather than block.
 */
public final class AgreementRules {

    /**
     * More agreements than this for one intern or one tutor is not a real situation; beyond (per intern or tutor of a
     * batch), the oldest are not read.
     */
    static final int OTHER_AGREEMENTS_READ = 200;

    /** Where each blocking rule's user error points, under the draft's input. */
    private static final Map<String, String> FIELDS = Map.of(
            "MAX_DURATION", "terms.end",
            "GRATIFICATION", "terms.gratification",
            "TUTOR_LOAD", "tutor",
            "HOST_QUOTA", "terms",
            "WAITING_PERIOD", "terms.start");

    private final Agreements agreements;
    private final ProgramTeachingHours teaching;
    private final PublicHolidays holidays;
    private final GratificationRates rates;
    private final AgreementRulesEngine engine;

    public AgreementRules(Agreements agreements, Learners learners, Schools schools, PublicHolidays holidays,
                          GratificationRates rates) {
        this.agreements = agreements;
        this.teaching = new ProgramTeachingHours(learners, schools);
        this.holidays = holidays;
        this.rates = rates;
        this.engine = new AgreementRulesEngine(holidays, rates);
    }

    /** The rules for France's holidays and the legal minimum gratification. */
    public static AgreementRules withLegalDefaults(Agreements agreements, Learners learners, Schools schools) {
        return new AgreementRules(agreements, learners, schools, PublicHolidays.france(),
                GratificationRates.LEGAL_MINIMUM);
    }

    /** The report on {@code terms} for the intern and host of {@code agreement} (itself left out of the others). */
    public RulesReport check(Agreement agreement, Parties parties, AgreementTerms terms) {
        return check(agreement, parties, terms, surroundings(List.of(agreement.learnerId()),
                parties.tutor().email() == null ? List.of() : List.of(parties.tutor().email())),
                teaching.of(List.of(agreement)).get(agreement.id()));
    }

    /**
     * The reports on each agreement's terms in force, by agreement id, from four reads whatever their number: the
     * interns' other agreements, the tutors' other interns, the interns and their schools (for the programs).
     */
    public Map<String, RulesReport> checkAll(Collection<Agreement> all) {
        Surroundings surroundings = surroundings(all.stream().map(Agreement::learnerId).distinct().toList(),
                all.stream().map(a -> a.parties().tutor().email()).filter(Objects::nonNull).distinct().toList());
        Map<String, Integer> teachingHours = teaching.of(all);
        Map<String, RulesReport> reports = new HashMap<>();
        all.forEach(a -> reports.put(a.id(), check(a, a.parties(), a.terms(), surroundings,
                teachingHours.get(a.id()))));
        return reports;
    }

    private RulesReport check(Agreement agreement, Parties parties, AgreementTerms terms, Surroundings around,
                              Integer programTeachingHours) {
        Map<AcademicYear, Presence> withHost = new HashMap<>();
        for (Agreement other : around.internsAgreements()) {
            if (other.learnerId().equals(agreement.learnerId()) && !other.id().equals(agreement.id())
                    && sameHost(agreement, parties, other)) {
                PresenceTimeline timeline = PresenceTimeline.of(other.terms().period(), holidays);
                timeline.academicYears().forEach(year -> withHost.merge(year, timeline.presenceIn(year),
                        Presence::plus));
            }
        }
        return engine.check(new AgreementCheck(terms.period(), withHost, terms.gratification(),
                tutorsOtherInternships(agreement, parties, around), null, null, programTeachingHours));
    }

    private Surroundings surroundings(List<String> learnerIds, List<String> tutorEmails) {
        int limit = OTHER_AGREEMENTS_READ * Math.max(1, Math.max(learnerIds.size(), tutorEmails.size()));
        return new Surroundings(agreements.findLiveByLearners(learnerIds, limit),
                tutorEmails.isEmpty() ? List.of() : agreements.findLiveByTutorEmails(tutorEmails, limit));
    }

    /** The other agreements the rules compare an agreement with. */
    private record Surroundings(List<Agreement> internsAgreements, List<Agreement> tutorsAgreements) {
    }

    /** The exempt and subject parts of the terms' gratification, month by month (L242-4-1 CSS); reads nothing. */
    public List<MonthlyContributions> contributions(AgreementTerms terms) {
        return ContributionSplit.of(PresenceTimeline.of(terms.period(), holidays).presentMinutesByMonth(),
                terms.gratification(), rates);
    }

    /** The presence of an internship as D124-6 counts it, up to and including {@code lastDay}. */
    public Presence presenceUntil(AgreementTerms terms, LocalDate lastDay) {
        PresenceTimeline timeline = PresenceTimeline.of(terms.period(), holidays);
        long minutes = 0;
        for (LocalDate day = terms.period().start(); !day.isAfter(lastDay) && !day.isAfter(terms.period().end());
             day = day.plusDays(1)) {
            minutes += timeline.countedMinutesOn(day);
        }
        return new Presence(minutes);
    }

    /** Refuses terms that break a rule: one user error per blocking finding, naming the rule and its article. */
    public static void requireNoBlocking(RulesReport report, String prefix) {
        List<Violation> violations = report.findings().stream().filter(RuleFinding::blocking)
                .map(f -> Violation.of(prefix + FIELDS.getOrDefault(f.ruleId(), "terms"), ErrorCode.LEGAL_RULE,
                        "error.agreement.legal-rule", f.ruleId(), f.article(), f.message()))
                .toList();
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation(violations);
        }
    }

    private static List<DateRange> tutorsOtherInternships(Agreement agreement, Parties parties,
                                                          Surroundings around) {
        String tutor = parties.tutor().email();
        if (tutor == null) {
            return null;
        }
        return around.tutorsAgreements().stream()
                .filter(other -> !other.id().equals(agreement.id())
                        && tutor.equalsIgnoreCase(other.parties().tutor().email()))
                .map(other -> other.terms().period().dates())
                .toList();
    }

    /** The same host: the same company on the platform, or for hosts outside it, the same SIRET. */
    private static boolean sameHost(Agreement agreement, Parties parties, Agreement other) {
        if (agreement.companyId() != null) {
            return agreement.companyId().equals(other.companyId());
        }
        return parties.companySiret() != null && Objects.equals(parties.companySiret(),
                other.parties().companySiret());
    }
}
