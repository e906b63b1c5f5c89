package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.port.in.PaymentUseCases;
import fr.passerelle.enrollment.service.PaymentFakes.InMemoryLedgerEntries;
import fr.passerelle.enrollment.service.PaymentFakes.InMemoryPaymentAccounts;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starting and recording payments: nothing is collected before the withdrawal period is over (L6353-6), and a
 * retried record answers the entry it made.
 */
class PaymentServiceTest {

    private static final LocalDate WITHDRAWAL_ENDS = LocalDate.of(2026, 3, 16);

    private final MutableClock clock = new MutableClock();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLedgerEntries entries = new InMemoryLedgerEntries();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final EventFactory events = new EventFactory(Fixtures.countingIds("event-"), clock);
    private final PaymentLedger ledger = new PaymentLedger(entries, Fixtures.countingIds("entry-"), events, clock);
    private final PaymentService service = new PaymentService(enrollments, entries, null, ledger,
            new PaymentAccountChanges(new InMemoryPaymentAccounts(), events, clock), null, clock);
    private final Actor finance = Actors.member(memberships, "fiona", Tenant.school("school-1"),
            MembershipRole.FINANCE);
    private final Actor learner = Actors.learner("lea");

    PaymentServiceTest() {
        clock.setTo(WITHDRAWAL_ENDS);
        enrollments.seed(new Enrollment("enrollment-1", "school-1", "programme-1", "session-1", "contact-1", "lea",
                null, new Applicant(ContactSituation.EMPLOYEE, false), true, EnrollmentState.WITHDRAWAL_PERIOD,
                WITHDRAWAL_ENDS, null, List.of(), "admissions-1", Fixtures.NOW, Fixtures.NOW, 0));
        ledger.append(new PaymentLedger.Fact("school-1", "enrollment-1", LedgerKind.CHARGE, Money.euros(300), null,
                LedgerEntry.chargeReference("enrollment-1", 1), 1, WITHDRAWAL_ENDS.plusDays(1)), "contact-1",
                Initiator.system());
    }

    @Test
    void nothingIsStartedOrRecordedBeforeTheWithdrawalPeriodIsOver() {
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.start(learner, "enrollment-1",
                new PaymentUseCases.Start(LedgerMethod.CARD, 1)))).containsExactly("instalment INVALID_STATE");
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.record(finance, "enrollment-1", transfer(300))))
                .containsExactly("instalment INVALID_STATE");

        clock.setTo(WITHDRAWAL_ENDS.plusDays(1));

        assertThat(service.record(finance, "enrollment-1", transfer(300)).amount()).isEqualTo(Money.euros(300));
    }

    @Test
    void aRetriedRecordAnswersItsEntryAndOtherParticularsUnderTheSameReferenceAreADuplicate() {
        clock.setTo(WITHDRAWAL_ENDS.plusDays(1));
        LedgerEntry first = service.record(finance, "enrollment-1", transfer(300));

        LedgerEntry again = service.record(finance, "enrollment-1", transfer(300));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(ledger.of("enrollment-1").payments()).hasSize(1);
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.record(finance, "enrollment-1", transfer(200))))
                .containsExactly("reference DUPLICATE");
    }

    private static PaymentUseCases.Record transfer(long euros) {
        return new PaymentUseCases.Record(Money.euros(euros), LedgerMethod.TRANSFER, 1, "VIR-1");
    }
}
