package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.rules.HostStaffing;
import fr.passerelle.agreement.rules.PreviousInternship;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.Workforce;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.shared.model.DateRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the host quota (L124-8, R124-10) and the waiting period between interns on a post (L124-11) read about hosts
 * on the platform: the workforce each company declared and its agreements around the internships checked — one read
 * for the workforces and one per host of the batch. A host outside the platform has no declared workforce nor
 * agreements the platform can tell apart by post: both rules stay "not checked" for it.
 *
 * <p>The host's interns at once are its agreements not cancelled, an interrupted one up to its last day, and its
 * drafts except the abandoned ones ({@link AgreementRules#ABANDONED_DRAFT_AFTER}), as for the tutor's load: a draft
 * is an internship in preparation, which the quota must leave room for.
 */
final class HostRecords {

    /** Per host of a batch; a host with more agreements around one internship is not a real situation. */
    static final int HOST_AGREEMENTS_READ = 1_000;

    /**
     * How far back a previous internship on the post is looked for: its wait is a third of its length, and an
     * internship with one host is at most six months of presence per academic year, so one that ended this long ago
     * no longer binds.
     */
    static final Period PREVIOUS_ON_POST_WITHIN = Period.ofYears(2);

    private static final int DAYS_IN_WEEK = 7;

    private final Map<String, Workforce> workforces;
    private final List<Agreement> hostsAgreements;
    /** The hosts with more agreements than were read. */
    private final Set<String> truncated;
    private final Instant abandonedBefore;

    private HostRecords(Map<String, Workforce> workforces, List<Agreement> hostsAgreements, Set<String> truncated,
                        Instant abandonedBefore) {
        this.workforces = workforces;
        this.hostsAgreements = hostsAgreements;
        this.truncated = truncated;
        this.abandonedBefore = abandonedBefore;
    }

    /** The records around {@code periods}' internships with the hosts {@code companyIds} (null ids ignored). */
    static HostRecords read(Agreements agreements, Companies companies, Clock clock, Collection<String> companyIds,
                            Collection<DateRange> periods) {
        return read(agreements, companies, clock, companyIds, periods, HOST_AGREEMENTS_READ);
    }

    /**
     * One read per host, so that a busy host cannot push another's agreements out of a shared read: a host with more
     * than {@code perHost} is marked, its quota then reported as not checked rather than counted short.
     */
    static HostRecords read(Agreements agreements, Companies companies, Clock clock, Collection<String> companyIds,
                            Collection<DateRange> periods, int perHost) {
        List<String> hosts = companyIds.stream().filter(Objects::nonNull).distinct().toList();
        Instant abandonedBefore = clock.instant().minus(AgreementRules.ABANDONED_DRAFT_AFTER);
        if (hosts.isEmpty() || periods.isEmpty()) {
            return new HostRecords(Map.of(), List.of(), Set.of(), abandonedBefore);
        }
        Map<String, Workforce> workforces = companies.findAllById(hosts).stream()
                .filter(company -> company.workforce() != null)
                .collect(Collectors.toMap(Company::id, Company::workforce));
        // The quota counts by calendar week: an internship ending in the week this one starts counts too; the post's
        // previous internships are looked for further back.
        LocalDate from = periods.stream().map(DateRange::start).min(LocalDate::compareTo).orElseThrow()
                .minus(PREVIOUS_ON_POST_WITHIN);
        LocalDate to = periods.stream().map(DateRange::end).max(LocalDate::compareTo).orElseThrow()
                .plusDays(DAYS_IN_WEEK);
        List<Agreement> read = new ArrayList<>();
        Set<String> truncated = new HashSet<>();
        for (String host : hosts) {
            List<Agreement> ofHost = agreements.findLiveByCompanies(List.of(host), from, to, perHost + 1);
            if (ofHost.size() > perHost) {
                truncated.add(host);
            }
            read.addAll(ofHost.subList(0, Math.min(perHost, ofHost.size())));
        }
        return new HostRecords(workforces, read, truncated, abandonedBefore);
    }

    /** The host's workforce and other internships; null when no workforce is declared. */
    HostStaffing staffing(Agreement agreement) {
        Workforce workforce = agreement.companyId() == null ? null : workforces.get(agreement.companyId());
        if (workforce == null) {
            return null;
        }
        List<DateRange> others = othersOfHost(agreement).map(HostRecords::daysRun).toList();
        return new HostStaffing(workforce.headcount(), others, workforce.internsElsewhere(),
                !truncated.contains(agreement.companyId()));
    }

    /**
     * Of the host's internships on the post of {@code terms} that ended before they start, the one whose wait ends
     * last; null when the terms name no post, the host is not on the platform, or none is found.
     */
    PreviousInternship previousOnPost(Agreement agreement, AgreementTerms terms) {
        if (terms.postReference() == null || agreement.companyId() == null) {
            return null;
        }
        LocalDate start = terms.period().start();
        return othersOfHost(agreement)
                .filter(other -> terms.postReference().equals(other.terms().postReference())
                        && other.lastDayOfPresence().isBefore(start))
                .map(other -> new PreviousInternship(daysRun(other), ending(other)))
                .max(Comparator.comparing(PreviousInternship::earliestNextStart))
                .orElse(null);
    }

    /**
     * L124-11 waives the wait only after an internship the intern ended early; one the host or the school ended binds
     * as one that ran to its term. An interruption whose initiative was not stated is left for a person to check.
     */
    static PreviousInternship.Ending ending(Agreement agreement) {
        if (agreement.status() != AgreementStatus.INTERRUPTED) {
            return PreviousInternship.Ending.AT_TERM;
        }
        if (agreement.interruptionInitiative() == null) {
            return PreviousInternship.Ending.INTERRUPTED;
        }
        return switch (agreement.interruptionInitiative()) {
            case INTERN -> PreviousInternship.Ending.INTERRUPTED_BY_INTERN;
            case HOST, SCHOOL -> PreviousInternship.Ending.AT_TERM;
        };
    }

    /** The host's other internships that count: not cancelled (as read), nor abandoned drafts. */
    private Stream<Agreement> othersOfHost(Agreement agreement) {
        return hostsAgreements.stream()
                .filter(other -> agreement.companyId().equals(other.companyId()) && !other.id().equals(agreement.id())
                        && !(other.status() == AgreementStatus.DRAFT && other.updatedAt().isBefore(abandonedBefore)));
    }

    /** From the first day to the last day of presence: an interrupted internship stops counting when it stopped. */
    private static DateRange daysRun(Agreement agreement) {
        LocalDate start = agreement.terms().period().start();
        LocalDate last = agreement.lastDayOfPresence();
        return new DateRange(start, last.isBefore(start) ? start : last);
    }
}
