package fr.passerelle.enrollment.service;

import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.PaymentAccount;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.LedgerEntries;
import fr.passerelle.enrollment.port.out.PaymentAccounts;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.InMemoryStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** In-memory out-ports of the payments, for the services' tests. */
final class PaymentFakes {

    private PaymentFakes() {
    }

    static final class InMemoryLedgerEntries extends InMemoryStore<LedgerEntry> implements LedgerEntries {

        InMemoryLedgerEntries() {
            super("reference", LedgerEntry::reference, (entry, version) -> entry);
        }

        @Override
        public List<LedgerEntry> ofEnrollment(String enrollmentId, int limit) {
            return byId.values().stream().filter(e -> e.enrollmentId().equals(enrollmentId)).limit(limit).toList();
        }

        @Override
        public Map<String, List<LedgerEntry>> ofEnrollments(Collection<String> enrollmentIds, int limit) {
            return byId.values().stream().filter(e -> enrollmentIds.contains(e.enrollmentId()))
                    .collect(Collectors.groupingBy(LedgerEntry::enrollmentId));
        }

        @Override
        public Page<LedgerEntry> page(String enrollmentId, Paging paging) {
            throw new UnsupportedOperationException();
        }
    }

    static final class InMemoryPaymentAccounts extends InMemoryStore<PaymentAccount> implements PaymentAccounts {

        InMemoryPaymentAccounts() {
            super("id", PaymentAccount::id, (a, version) -> new PaymentAccount(a.id(), a.schoolId(), a.attempts(),
                    a.dunning(), a.createdAt(), a.updatedAt(), version));
        }

        @Override
        public Optional<PaymentAccount> findByProviderId(String providerId) {
            return byId.values().stream().filter(a -> a.attempt(providerId).isPresent()).findFirst();
        }
    }

}
