package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.MandatoryClauses;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.rules.AcademicYear;
import fr.passerelle.agreement.rules.AgreementCheck;
import fr.passerelle.agreement.rules.AgreementRulesEngine;
import fr.passerelle.agreement.rules.ContributionSplit;
import fr.passerelle.agreement.rules.DraftFigures;
import fr.passerelle.agreement.rules.GratificationRates;
import fr.passerelle.agreement.rules.InternshipConditions;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.MonthlyContributions;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.agreement.rules.PresenceLimits;
import fr.passerelle.agreement.rules.PresenceTimeline;
import fr.passerelle.agreement.rules.PublicHolidays;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the legal rules on an agreement's terms, in its surroundings read from the store: the intern's other
 * agreements with the same host (their presence adds up toward the six-month cap and the gratification threshold),
 * the tutor's other interns, the teaching hours of the intern's program (D124-2), and the host's declared workforce
 * with its other internships (R124-10) and the previous internships on the post the terms name (L124-11), see
 * {@link HostRecords}; without a declared workforce or a post the rule reports "not checked" rather than block.
 * The intern's date of birth, from their record, decides whether the rules for minors apply.
 *
 * <p>The tutor is one person across hosts: their e-mail, compared as the platform normalises addresses (the e-mail of
 * a member's account is verified), whichever company's agreements name them. Their cancelled agreements and their
 * abandoned drafts do not count: a draft untouched for {@link #ABANDONED_DRAFT_AFTER} is no internship in
 * preparation any more.
 */
public final class AgreementRules {

    /**
     * A draft not changed for this long stops counting toward its tutor's load (R124-13 counts agreements in
     * progress; a draft nobody touched for a month is not one). Any edit makes it count again.
     */
    public static final Duration ABANDONED_DRAFT_AFTER = Duration.ofDays(30);

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
            "WAITING_PERIOD", "terms.start",
            "LEAVE_CLAUSE", "terms.leaveAndAbsence",
            "MINOR_NIGHT", "terms.nightPresence",
            "MINOR_HOLIDAYS", "terms.presenceOnHolidays",
            "MINOR_REPRESENTATIVE", "legalRepresentative");

    private final Agreements agreements;
    private final Companies companies;
    private final Learners learners;
    private final ProgramTeachingHours teaching;
    private final PublicHolidays holidays;
    private final GratificationRates rates;
    private final AgreementRulesEngine engine;
    private final GratificationsMadeDue madeDue;
    private final Clock clock;

    public AgreementRules(Agreements agreements, Learners learners, Schools schools, Companies companies,
                          PublicHolidays holidays, GratificationRates rates, Clock clock) {
        this.agreements = agreements;
        this.companies = companies;
        this.learners = learners;
        this.teaching = new ProgramTeachingHours(learners, schools);
        this.holidays = holidays;
        this.rates = rates;
        this.engine = new AgreementRulesEngine(holidays, rates);
        this.madeDue = new GratificationsMadeDue(agreements, holidays);
        this.clock = clock;
    }

    /** The rules for France's holidays and the legal minimum gratification. */
    public static AgreementRules withLegalDefaults(Agreements agreements, Learners learners, Schools schools,
                                                  Companies companies, Clock clock) {
        return new AgreementRules(agreements, learners, schools, companies, PublicHolidays.france(),
                GratificationRates.LEGAL_MINIMUM, clock);
    }

    /** The report on {@code terms} for the intern and host of {@code agreement} (itself left out of the others). */
    public RulesReport check(Agreement agreement, Parties parties, AgreementTerms terms) {
        return check(agreement, parties, terms, surroundings(List.of(agreement.learnerId()),
                parties.tutor().email() == null ? List.of() : List.of(parties.tutor().email()),
                agreement.companyId() == null ? List.of() : List.of(agreement.companyId()), List.of(terms.period().dates())));
    }

    /**
     * Terms as a party writes them (a draft, an edit, an amendment): first refused when their schedule or exceptions
     * cannot be right ({@link PresenceLimits}, user errors under {@code terms}), then checked, and refused when a
     * rule blocks.
     */
    public RulesReport requireLawful(Agreement agreement, Parties parties, AgreementTerms terms) {
        requirePlausiblePresence(terms);
        RulesReport report = check(agreement, parties, terms);
        requireNoBlocking(report, "");
        return report;
    }

    /** Refuses a schedule or exceptions that cannot be right ({@link PresenceLimits}), under {@code terms}. */
    public void requirePlausiblePresence(AgreementTerms terms) {
        List<Violation> wrong = PresenceLimits.violations(PresenceTimeline.of(terms.period(), holidays), "terms.");
        if (!wrong.isEmpty()) {
            throw new BusinessRuleViolation(wrong);
        }
    }

    /** Terms about to be sent for signature: lawful, and every mandatory clause filled (D124-4). */
    public RulesReport requireSendable(Agreement agreement, Parties parties, AgreementTerms terms) {
        MandatoryClauses.requireFilled(terms, "terms.");
        RulesReport report = check(agreement, parties, terms);
        requireNoBlocking(report, "");
        return report;
    }

    /**
     * The reports on each agreement's terms in force, by agreement id, from a fixed number of reads whatever their
     * number: the interns' other agreements, the tutors' other interns, the interns (dates of birth, programs) and
     * their schools (the programs' teaching hours).
     */
    public Map<String, RulesReport> checkAll(Collection<Agreement> all) {
        Surroundings surroundings = surroundings(all.stream().map(Agreement::learnerId).distinct().toList(),
                all.stream().map(a -> a.parties().tutor().email()).filter(Objects::nonNull).distinct().toList(),
                all.stream().map(Agreement::companyId).toList(),
                all.stream().map(a -> a.terms().period().dates()).toList());
        // One read of the interns' records for their dates of birth, whatever the number of agreements.
        Map<String, LocalDate> births = new HashMap<>();
        learners.findAllById(all.stream().map(Agreement::learnerId).distinct().toList()).stream()
                .filter(l -> l.identity().birthDate() != null)
                .forEach(l -> births.put(l.id(), l.identity().birthDate()));
        Map<String, Integer> teachingHours = teaching.of(all);
        Map<String, RulesReport> reports = new HashMap<>();
        all.forEach(a -> reports.put(a.id(), check(a, a.parties(), a.terms(), surroundings,
                births.get(a.learnerId()), teachingHours.get(a.id()))));
        return reports;
    }

    private RulesReport check(Agreement agreement, Parties parties, AgreementTerms terms, Surroundings around) {
        return check(agreement, parties, terms, around, learners.findById(agreement.learnerId())
                .map(Learner::identity).map(identity -> identity.birthDate()).orElse(null),
                teaching.of(List.of(agreement)).get(agreement.id()));
    }

    private RulesReport check(Agreement agreement, Parties parties, AgreementTerms terms, Surroundings around,
                              LocalDate birthDate, Integer programTeachingHours) {
        Map<AcademicYear, Presence> withHost = presenceWithHostElsewhere(agreement, parties,
                around.internsAgreements());
        InternshipConditions conditions = new InternshipConditions(birthDate, parties.legalRepresentative() != null,
                terms.nightPresence(), MandatoryClauses.missing(terms));
        return engine.check(new AgreementCheck(terms.period(), withHost, terms.gratification(),
                tutorsOtherInternships(agreement, parties, around), around.hosts().staffing(agreement),
                around.hosts().previousOnPost(agreement, terms), conditions, programTeachingHours));
    }

    /** The figures a dry run shows beside the report on {@code terms} (one more read: the intern's agreements). */
    public DraftFigures figures(Agreement agreement, Parties parties, AgreementTerms terms) {
        return figures(agreement.learnerId(), agreement.id(), agreement.companyId(), parties.companySiret(),
                terms.period());
    }

    /**
     * The figures of a period alone, for a draft whose other parts are not (yet) well formed: the learner's other
     * agreements with the host (the company on the platform, else the SIRET) but {@code agreementId}'s counted.
     */
    public DraftFigures figures(String learnerId, String agreementId, String companyId, String companySiret,
                                InternshipPeriod period) {
        Map<AcademicYear, Presence> withHost = new HashMap<>();
        for (Agreement other : agreements.findLiveByLearners(List.of(learnerId), OTHER_AGREEMENTS_READ)) {
            if (other.learnerId().equals(learnerId) && !other.id().equals(agreementId)
                    && sameHost(companyId, companySiret, other)) {
                add(withHost, other);
            }
        }
        return DraftFigures.of(period, holidays, withHost);
    }

    /**
     * The learner's earlier agreements with the same host whose gratification {@code agreement} makes mandatory
     * (L124-6: presence over the threshold in an academic year, every agreement counted). One read.
     */
    public List<Agreement> gratificationsMadeDue(Agreement agreement) {
        return madeDue.by(agreement);
    }

    /** The intern's presence with the host under their other agreements among {@code internsAgreements}, by year. */
    private Map<AcademicYear, Presence> presenceWithHostElsewhere(Agreement agreement, Parties parties,
                                                                  List<Agreement> internsAgreements) {
        Map<AcademicYear, Presence> withHost = new HashMap<>();
        for (Agreement other : internsAgreements) {
            if (other.learnerId().equals(agreement.learnerId()) && !other.id().equals(agreement.id())
                    && sameHost(agreement, parties, other)) {
                add(withHost, other);
            }
        }
        return withHost;
    }

    /**
     * Adds the other agreement's presence to each academic year it falls in; an internship stopped early counts to
     * its last day, not to its planned end.
     */
    private void add(Map<AcademicYear, Presence> byYear, Agreement other) {
        PresenceTimeline timeline = PresenceTimeline.of(other.terms().period(), holidays);
        LocalDate lastDay = other.lastDayOfPresence();
        timeline.academicYears().forEach(year -> byYear.merge(year, timeline.presenceIn(year, lastDay),
                Presence::plus));
    }

    private Surroundings surroundings(List<String> learnerIds, List<String> tutorEmails, List<String> companyIds,
                                      List<DateRange> periods) {
        int limit = OTHER_AGREEMENTS_READ * Math.max(1, Math.max(learnerIds.size(), tutorEmails.size()));
        return new Surroundings(agreements.findLiveByLearners(learnerIds, limit),
                tutorEmails.isEmpty() ? List.of() : agreements.findLiveByTutorEmails(tutorEmails, limit),
                HostRecords.read(agreements, companies, clock, companyIds, periods));
    }

    /** The other agreements the rules compare an agreement with, and what its host declared. */
    private record Surroundings(List<Agreement> internsAgreements, List<Agreement> tutorsAgreements,
                                HostRecords hosts) {
    }

    /** The exempt and subject parts of the terms' gratification, month by month (L242-4-1 CSS); reads nothing. */
    public List<MonthlyContributions> contributions(AgreementTerms terms) {
        return ContributionSplit.of(PresenceTimeline.of(terms.period(), holidays).presentMinutesByMonth(),
                terms.gratification(), rates);
    }

    /** The presence of an internship as D124-6 counts it, up to and including {@code lastDay}. */
    public Presence presenceUntil(AgreementTerms terms, LocalDate lastDay) {
        return PresenceTimeline.of(terms.period(), holidays).presenceUntil(lastDay);
    }

    /** Refuses terms that break a rule: one user error per blocking finding, naming the rule and its article. */
    public static void requireNoBlocking(RulesReport report, String prefix) {
        List<Violation> violations = violations(report, prefix);
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation(violations);
        }
    }

    /**
     * One user error per blocking finding, under the field to change: the finding's sentence and the article it
     * applies, in the reader's language; the rule's code is the finding's, read from the report or the dry run.
     */
    public static List<Violation> violations(RulesReport report, String prefix) {
        return report.findings().stream().filter(RuleFinding::blocking)
                .map(f -> Violation.of(prefix + FIELDS.getOrDefault(f.ruleId(), "terms"), ErrorCode.LEGAL_RULE,
                        "error.agreement.legal-rule", f.message(), f.article()))
                .toList();
    }

    private List<DateRange> tutorsOtherInternships(Agreement agreement, Parties parties, Surroundings around) {
        String tutor = parties.tutor().email();
        if (tutor == null) {
            return null;
        }
        Instant abandonedBefore = clock.instant().minus(ABANDONED_DRAFT_AFTER);
        return around.tutorsAgreements().stream()
                .filter(other -> !other.id().equals(agreement.id())
                        && tutor.equalsIgnoreCase(other.parties().tutor().email())
                        && !(other.status() == AgreementStatus.DRAFT && other.updatedAt().isBefore(abandonedBefore)))
                .map(other -> other.terms().period().dates())
                .toList();
    }

    /** The same host: the same company on the platform, or for hosts outside it, the same SIRET. */
    static boolean sameHost(Agreement agreement, Parties parties, Agreement other) {
        return sameHost(agreement.companyId(), parties.companySiret(), other);
    }

    private static boolean sameHost(String companyId, String companySiret, Agreement other) {
        if (companyId != null) {
            return companyId.equals(other.companyId());
        }
        return companySiret != null && Objects.equals(companySiret, other.parties().companySiret());
    }
}
