package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.rules.HostStaffing;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.Workforce;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.shared.model.DateRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the host quota (L124-8, R124-10) reads about hosts on the platform: the workforce each company declared and
 * its agreements around the internships checked — two reads for a whole batch of agreements, whatever its size.
 * A host outside the platform has no declared workforce: its quota stays "not checked".
 *
 * <p>The host's interns at once are its agreements not cancelled, an interrupted one up to its last day, and its
 * drafts except the abandoned ones ({@link AgreementRules#ABANDONED_DRAFT_AFTER}), as for the tutor's load: a draft
 * is an internship in preparation, which the quota must leave room for.
 */
final class HostRecords {

    /** Per host of a batch; a host with more agreements around one internship is not a real situation. */
    static final int HOST_AGREEMENTS_READ = 1_000;

    private static final int DAYS_IN_WEEK = 7;

    private final Map<String, Workforce> workforces;
    private final List<Agreement> hostsAgreements;
    private final Instant abandonedBefore;

    private HostRecords(Map<String, Workforce> workforces, List<Agreement> hostsAgreements, Instant abandonedBefore) {
        this.workforces = workforces;
        this.hostsAgreements = hostsAgreements;
        this.abandonedBefore = abandonedBefore;
    }

    /** The records around {@code periods}' internships with the hosts {@code companyIds} (null ids ignored). */
    static HostRecords read(Agreements agreements, Companies companies, Clock clock, Collection<String> companyIds,
                            Collection<DateRange> periods) {
        List<String> hosts = companyIds.stream().filter(Objects::nonNull).distinct().toList();
        Instant abandonedBefore = clock.instant().minus(AgreementRules.ABANDONED_DRAFT_AFTER);
        if (hosts.isEmpty() || periods.isEmpty()) {
            return new HostRecords(Map.of(), List.of(), abandonedBefore);
        }
        Map<String, Workforce> workforces = companies.findAllById(hosts).stream()
                .filter(company -> company.workforce() != null)
                .collect(Collectors.toMap(Company::id, Company::workforce));
        if (workforces.isEmpty()) {
            return new HostRecords(Map.of(), List.of(), abandonedBefore);
        }
        // The quota counts by calendar week: an internship ending in the week this one starts counts too.
        LocalDate from = periods.stream().map(DateRange::start).min(LocalDate::compareTo).orElseThrow()
                .minusDays(DAYS_IN_WEEK);
        LocalDate to = periods.stream().map(DateRange::end).max(LocalDate::compareTo).orElseThrow()
                .plusDays(DAYS_IN_WEEK);
        return new HostRecords(workforces, agreements.findLiveByCompanies(workforces.keySet(), from, to,
                HOST_AGREEMENTS_READ * workforces.size()), abandonedBefore);
    }

    /** The host's workforce and other internships; null when no workforce is declared. */
    HostStaffing staffing(Agreement agreement) {
        Workforce workforce = agreement.companyId() == null ? null : workforces.get(agreement.companyId());
        if (workforce == null) {
            return null;
        }
        List<DateRange> others = hostsAgreements.stream()
                .filter(other -> agreement.companyId().equals(other.companyId()) && !other.id().equals(agreement.id())
                        && !(other.status() == AgreementStatus.DRAFT && other.updatedAt().isBefore(abandonedBefore)))
                .map(HostRecords::daysRun)
                .toList();
        return new HostStaffing(workforce.headcount(), others, workforce.internsElsewhere());
    }

    /** From the first day to the last day of presence: an interrupted internship stops counting when it stopped. */
    private static DateRange daysRun(Agreement agreement) {
        LocalDate start = agreement.terms().period().start();
        LocalDate last = agreement.lastDayOfPresence();
        return new DateRange(start, last.isBefore(start) ? start : last);
    }
}
