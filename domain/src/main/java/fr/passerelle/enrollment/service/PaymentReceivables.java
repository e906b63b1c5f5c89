package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.Instalment;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.PaymentReceivable;
import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * Charges the payer's instalments to the ledger when the training contract is signed: the payer's part and its
 * instalment option come from the funding gate (at once when none was chosen), the first due date is the day after
 * the withdrawal period ends (the signing day's next day when there is none), monthly after, with the first-payment
 * cap of {@link PaymentReceivable}. All charges are recorded at signature (the whole debt is known then, and the
 * ledger shows the schedule), each with its due date; dunning reminders are scheduled for each. Replaying the event
 * charges nothing twice (the charges' references are derived from the enrollment and the instalment).
 */
public class PaymentReceivables implements EventSubscriber {

    private final Enrollments enrollments;
    private final FundingProgress funding;
    private final ContractProgress contracts;
    private final PaymentLedger ledger;
    private final PaymentDunning dunning;

    public PaymentReceivables(Enrollments enrollments, FundingProgress funding, ContractProgress contracts,
                              PaymentLedger ledger, PaymentDunning dunning) {
        this.enrollments = enrollments;
        this.funding = funding;
        this.contracts = contracts;
        this.ledger = ledger;
        this.dunning = dunning;
    }

    @Override
    public String name() {
        return "enrollment-payment-receivables";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(EnrollmentEvents.CONTRACT_SIGNED);
    }

    @Override
    public void on(DomainEvent event) {
        enrollments.findById(event.attribute(EnrollmentEvents.ENROLLMENT_ID)).ifPresent(this::charge);
    }

    void charge(Enrollment enrollment) {
        if (enrollment.state().isEnded()) {
            // cancelled meanwhile (its refunds already ran): nothing is owed
            return;
        }
        var contract = contracts.of(enrollment).filter(ContractProgress.ContractStatus::signed);
        if (contract.isEmpty()) {
            return;
        }
        var status = funding.of(enrollment);
        if (status.learnerPart() == null || !status.learnerPart().isPositive()) {
            return;
        }
        // The day after the withdrawal period, or after the signing day when the contract grants none.
        LocalDate lastFreeDay = contract.get().withdrawalEndsOn() != null ? contract.get().withdrawalEndsOn()
                : LocalDate.ofInstant(contract.get().signedAt(), PlatformCalendar.ZONE);
        LocalDate firstDue = lastFreeDay.plusDays(1);
        InstalmentOption option = status.instalments() == null ? InstalmentOption.AT_ONCE : status.instalments();
        List<Instalment> instalments = PaymentReceivable.schedule(status.learnerPart(), option, firstDue,
                !status.payerIsCompany());
        for (Instalment instalment : instalments) {
            ledger.append(new PaymentLedger.Fact(enrollment.schoolId(), enrollment.id(), LedgerKind.CHARGE,
                    instalment.amount(), null, LedgerEntry.chargeReference(enrollment.id(), instalment.number()),
                    instalment.number(), instalment.dueDate()), enrollment.contactId(), Initiator.system());
            dunning.schedule(enrollment, instalment.number(), instalment.dueDate());
        }
    }
}
