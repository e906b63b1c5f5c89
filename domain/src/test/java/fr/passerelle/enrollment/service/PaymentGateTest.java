package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.port.out.FundingProgress.FundingStatus;
import fr.passerelle.enrollment.service.PaymentFakes.InMemoryLedgerEntries;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemorySessions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The payment gate never opens on an empty ledger while the payer owes a part (its charges not written yet). */
class PaymentGateTest {

    private final PaymentLedger ledger = new PaymentLedger(new InMemoryLedgerEntries(), Fixtures.countingIds("entry-"),
            new EventFactory(Fixtures.countingIds("event-"), Fixtures.CLOCK), Fixtures.CLOCK);
    private Money learnerPart = Money.euros(1_000);
    private final PaymentGate gate = new PaymentGate(new InMemorySessions(), ledger,
            enrollment -> new FundingStatus(true, false, true, false, Set.of(FundingSource.LEARNER), false,
                    learnerPart, InstalmentOption.AT_ONCE), Fixtures.CLOCK);
    private final Enrollment enrollment = new Enrollment("enrollment-1", "school-1", "programme-1", "session-1",
            "contact-1", "learner-1", null, new Applicant(ContactSituation.EMPLOYEE, false), true,
            EnrollmentState.WITHDRAWAL_PERIOD, null, null, List.of(), "admissions-1", Fixtures.NOW, Fixtures.NOW, 0);

    @Test
    void aPayersPartWithNothingChargedYetIsNotSettled() {
        assertThat(gate.settledForStart(enrollment)).isFalse();
    }

    @Test
    void nothingOwedByThePayerIsSettled() {
        learnerPart = Money.euros(0);

        assertThat(gate.settledForStart(enrollment)).isTrue();
    }

    @Test
    void chargesPaidAreSettled() {
        append(LedgerKind.CHARGE, null, "charge:enrollment-1:1", LocalDate.of(2026, 1, 1));
        assertThat(gate.settledForStart(enrollment)).isFalse();

        append(LedgerKind.PAYMENT, LedgerMethod.CARD, "pi_1", null);

        assertThat(gate.settledForStart(enrollment)).isTrue();
    }

    private void append(LedgerKind kind, LedgerMethod method, String reference, LocalDate dueOn) {
        ledger.append(new PaymentLedger.Fact("school-1", "enrollment-1", kind, Money.euros(1_000), method, reference,
                1, dueOn), "contact-1", Initiator.system());
    }
}
