package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.Ledger;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.model.PaymentInstalmentState;
import fr.passerelle.enrollment.port.out.Mandate;
import fr.passerelle.enrollment.port.out.Payment;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.enrollment.port.out.Refund;
import fr.passerelle.enrollment.port.out.RefundState;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.enrollment.service.PaymentFakes.InMemoryLedgerEntries;
import fr.passerelle.enrollment.service.PaymentFakes.InMemoryPaymentAccounts;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemorySessions;
import fr.passerelle.testing.RecordingReminders;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cancelled enrollment: card payments back through the provider, transfers for finance, the charges given up. */
class PaymentRefundsTest {

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLedgerEntries entries = new InMemoryLedgerEntries();
    private final EventFactory events = new EventFactory(Fixtures.countingIds("event-"), Fixtures.CLOCK);
    private final PaymentLedger ledger = new PaymentLedger(entries, Fixtures.countingIds("entry-"), events,
            Fixtures.CLOCK);
    /** Refunds asked of the provider, by idempotency key: the same key answers the first refund. */
    private final Map<String, Refund> refunds = new LinkedHashMap<>();
    private final PaymentGateway provider = new PaymentGateway() {
        @Override
        public Refund refund(String paymentId, Money amount, String idempotencyKey) {
            return refunds.computeIfAbsent(idempotencyKey, key -> new Refund("RF" + (refunds.size() + 1), paymentId,
                    amount, RefundState.PENDING));
        }

        @Override
        public Payment payByCard(String payerReference, Money amount, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mandate setUpMandate(String payerReference, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Payment collect(String mandateId, Money amount, LocalDate chargeDate, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Payment> payment(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<Mandate> mandate(String id) {
            return Optional.empty();
        }
    };
    private final PaymentRefunds subscriber = new PaymentRefunds(enrollments, new InMemorySessions(), ledger,
            provider, new PaymentDunning(new RecordingReminders(), enrollments, ledger,
            new PaymentAccountChanges(new InMemoryPaymentAccounts(), events, Fixtures.CLOCK), null,
            new InMemoryMemberships(), null, null, Fixtures.CLOCK), Fixtures.CLOCK);

    @Test
    void aCancelledEnrollmentGetsEveryPaymentBackAndOwesNothingOnceEvenWhenTheEventComesTwice() {
        enrollments.seed(new Enrollment("enrollment-1", "school-1", "programme-1", "session-1", "contact-1", null,
                null, new Applicant(ContactSituation.EMPLOYEE, false), false, EnrollmentState.CANCELLED, null,
                "WITHDRAWAL", List.of(), "admissions-1", Fixtures.NOW, Fixtures.NOW, 0));
        append(LedgerKind.CHARGE, 30_000, null, "charge:enrollment-1:1", 1, LocalDate.of(2026, 1, 1));
        append(LedgerKind.CHARGE, 70_000, null, "charge:enrollment-1:2", 2, LocalDate.of(2026, 2, 1));
        append(LedgerKind.PAYMENT, 30_000, LedgerMethod.CARD, "pi_1", 1, null);
        append(LedgerKind.PAYMENT, 20_000, LedgerMethod.TRANSFER, "record:enrollment-1:VIR-1", 2, null);
        DomainEvent cancelled = new DomainEvent("event-cancel", EnrollmentEvents.ENROLLMENT_CANCELLED, "Enrollment",
                "enrollment-1", 3, Initiator.system(), Fixtures.NOW, List.of(),
                Map.of(EnrollmentEvents.ENROLLMENT_ID, "enrollment-1", EnrollmentEvents.SCHOOL_ID, "school-1"));

        subscriber.on(cancelled);
        subscriber.on(cancelled);

        Ledger after = ledger.of("enrollment-1");
        assertThat(refunds.values()).singleElement().satisfies(refund -> {
            assertThat(refund.paymentId()).isEqualTo("pi_1");
            assertThat(refund.amount()).isEqualTo(Money.euros(300));
        });
        assertThat(after.entries()).filteredOn(e -> e.kind() == LedgerKind.REFUND)
                .extracting(LedgerEntry::reference, e -> e.amount().amountInMinorUnits())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("refund:pi_1:RF1", 30_000L),
                        org.assertj.core.groups.Tuple.tuple("refund:record:enrollment-1:VIR-1:by-hand", 20_000L));
        assertThat(after.netPaid()).isEqualTo(Money.euros(0));
        assertThat(after.balance()).isEqualTo(Money.euros(0));
        assertThat(after.instalments(LocalDate.of(2026, 3, 1))).extracting(i -> i.state())
                .containsOnly(PaymentInstalmentState.WRITTEN_OFF);
        assertThat(entries.eventTypes()).filteredOn(EnrollmentEvents.REFUND_ISSUED::equals).hasSize(2);
    }

    @Test
    void aPaymentLandingAfterTheCancellationGoesBackAtOnceKeyedByThePayment() {
        Enrollment cancelled = new Enrollment("enrollment-1", "school-1", "programme-1", "session-1", "contact-1",
                null, null, new Applicant(ContactSituation.EMPLOYEE, false), false, EnrollmentState.CANCELLED, null,
                "WITHDRAWAL", List.of(), "admissions-1", Fixtures.NOW, Fixtures.NOW, 0);
        enrollments.seed(cancelled);
        append(LedgerKind.CHARGE, 30_000, null, "charge:enrollment-1:1", 1, LocalDate.of(2026, 1, 1));
        subscriber.on(new DomainEvent("event-cancel", EnrollmentEvents.ENROLLMENT_CANCELLED, "Enrollment",
                "enrollment-1", 3, Initiator.system(), Fixtures.NOW, List.of(),
                Map.of(EnrollmentEvents.ENROLLMENT_ID, "enrollment-1", EnrollmentEvents.SCHOOL_ID, "school-1")));
        append(LedgerKind.PAYMENT, 30_000, LedgerMethod.CARD, "pi_late", 1, null);

        subscriber.paidAfterTheEnd(cancelled);
        subscriber.paidAfterTheEnd(cancelled);

        assertThat(refunds.values()).singleElement().satisfies(refund -> {
            assertThat(refund.paymentId()).isEqualTo("pi_late");
            assertThat(refund.amount()).isEqualTo(Money.euros(300));
        });
        Ledger after = ledger.of("enrollment-1");
        assertThat(after.netPaid()).isEqualTo(Money.euros(0));
        assertThat(after.balance()).isEqualTo(Money.euros(0));
    }

    private void append(LedgerKind kind, long cents, LedgerMethod method, String reference, Integer instalment,
                        LocalDate dueOn) {
        ledger.append(new PaymentLedger.Fact("school-1", "enrollment-1", kind, Money.cents(cents), method, reference,
                instalment, dueOn), "contact-1", Initiator.system());
    }
}
