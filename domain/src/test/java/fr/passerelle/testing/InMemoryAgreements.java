package fr.passerelle.testing;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementScope;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link Agreements} in a map, honouring the port's contract: one agreement per application (DuplicateKeyException
 * key {@code applicationId}; agreements without an application are unconstrained), optimistic locking on
 * {@code version}.
 *
 * <p>{@link #search} applies the whole scope: the statuses (all when empty), the learner, and the visibility — null
 * sees everything; otherwise the reader's agreements as intern (learner subject), as a member of the school or of the
 * host, or as a signatory or delegate named by the reader's verified e-mail (ignoring case) in the agreement's
 * circuit or an amendment's. Newest first ({@code createdAt}, then id, both descending); paging reads forward from
 * {@code after} and ignores backward reading. Every keyset carries {@code createdAt}.
 */
public class InMemoryAgreements extends InMemoryStore<Agreement> implements Agreements {

    private static final Set<AgreementStatus> OVER = EnumSet.of(AgreementStatus.CANCELLED,
            AgreementStatus.COMPLETED, AgreementStatus.INTERRUPTED);
    private static final Comparator<Agreement> NEWEST_FIRST =
            Comparator.comparing(Agreement::createdAt).thenComparing(Agreement::id).reversed();

    public InMemoryAgreements() {
        super("applicationId", a -> a.applicationId() != null ? "application/" + a.applicationId() : "id/" + a.id(),
                (a, version) -> new Agreement(a.id(), a.applicationId(), a.learnerId(), a.learnerSubject(),
                        a.schoolId(), a.companyId(), a.parties(), a.terms(), a.status(), a.signing(), a.amendments(),
                        a.interruption(), a.interruptedOn(), a.interruptionInitiative(), a.createdBy(), a.createdAt(), a.updatedAt(), version));
    }

    @Override
    public Page<Agreement> search(AgreementScope scope, Paging paging) {
        List<Agreement> matches = byId.values().stream()
                .filter(a -> scope.statuses().isEmpty() || scope.statuses().contains(a.status()))
                .filter(a -> scope.learnerId() == null || scope.learnerId().equals(a.learnerId()))
                .filter(a -> visible(a, scope.visibleTo()))
                .sorted(NEWEST_FIRST)
                .toList();
        int from = 0;
        if (paging.after() != null) {
            from = matches.stream().map(Agreement::id).toList().indexOf(paging.after().id()) + 1;
        }
        List<Agreement> page = matches.stream().skip(from).limit(paging.size()).toList();
        return new Page<>(page, page.stream().map(a -> new Keyset(a.createdAt(), a.id())).toList(),
                matches.size() > from + page.size(), paging.after() != null);
    }

    @Override
    public List<Agreement> findLiveByLearners(Collection<String> learnerIds, int limit) {
        return byId.values().stream()
                .filter(a -> learnerIds.contains(a.learnerId()) && a.status() != AgreementStatus.CANCELLED)
                .limit(limit).toList();
    }

    @Override
    public List<Agreement> findLiveByTutorEmails(Collection<String> tutorEmails, int limit) {
        return byId.values().stream()
                .filter(a -> a.parties().tutor().email() != null && tutorEmails.stream()
                        .anyMatch(e -> a.parties().tutor().email().equalsIgnoreCase(e)) && !OVER.contains(a.status()))
                .limit(limit).toList();
    }

    @Override
    public List<Agreement> findLiveByCompanies(Collection<String> companyIds, LocalDate from, LocalDate to,
                                               int limit) {
        return byId.values().stream()
                .filter(a -> a.companyId() != null && companyIds.contains(a.companyId())
                        && a.status() != AgreementStatus.CANCELLED
                        && !a.terms().period().end().isBefore(from) && !a.terms().period().start().isAfter(to))
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private static boolean visible(Agreement agreement, AgreementScope.Visibility reader) {
        if (reader == null) {
            return true;
        }
        return (agreement.learnerSubject() != null && agreement.learnerSubject().equals(reader.subject()))
                || reader.schoolIds().contains(agreement.schoolId())
                || (agreement.companyId() != null && reader.companyIds().contains(agreement.companyId()))
                || (reader.email() != null && signingEmails(agreement).anyMatch(reader.email()::equalsIgnoreCase));
    }

    /** The e-mails of every signatory and delegate of the agreement's circuit and of its amendments'. */
    private static Stream<String> signingEmails(Agreement agreement) {
        return Stream.concat(Stream.of(agreement.signing()), agreement.amendments().stream().map(Amendment::signing))
                .flatMap(signing -> signing.circuit().signatories().stream())
                .flatMap(InMemoryAgreements::emails);
    }

    private static Stream<String> emails(Signatory signatory) {
        return Stream.of(signatory.email(), signatory.delegate() == null ? null : signatory.delegate().email())
                .filter(Objects::nonNull);
    }
}
