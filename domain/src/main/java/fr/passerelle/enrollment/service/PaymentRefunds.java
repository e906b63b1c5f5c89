package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.DatedSlot;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.EnrollmentStep;
import fr.passerelle.enrollment.model.Ledger;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.model.PaymentInstalment;
import fr.passerelle.enrollment.model.PaymentRefundRule;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Settles the payer's account when an enrollment ends early, by {@link PaymentRefundRule}: on
 * {@code enrollment.cancelled} everything paid is refunded, on {@code enrollment.abandoned} what was paid above the
 * training delivered (the session's dated half-days up to the abandonment day). Card and SEPA payments are refunded
 * through the provider (newest first, each up to what is left of it), transfers and cheques are recorded as refunded
 * for finance to pay back by transfer; each refund is a REFUND entry ({@code refund.issued}). Unpaid charges beyond
 * what is owed are written off, from the last instalment back. Replaying the event does nothing more: refunds are
 * keyed by their payment at the provider and in the ledger, and what is computed is already net of them. A payment
 * landing after the end is settled by the same rule at once ({@link #paidAfterTheEnd}).
 */
public class PaymentRefunds implements EventSubscriber {

    private final Enrollments enrollments;
    private final Sessions sessions;
    private final PaymentLedger ledger;
    private final PaymentGateway gateway;
    private final PaymentDunning dunning;
    private final Clock clock;

    public PaymentRefunds(Enrollments enrollments, Sessions sessions, PaymentLedger ledger, PaymentGateway gateway,
                          PaymentDunning dunning, Clock clock) {
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.ledger = ledger;
        this.gateway = gateway;
        this.dunning = dunning;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrollment-payment-refunds";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(EnrollmentEvents.ENROLLMENT_CANCELLED)
                || event.type().equals(EnrollmentEvents.ENROLLMENT_ABANDONED);
    }

    @Override
    public void on(DomainEvent event) {
        enrollments.findById(event.attribute(EnrollmentEvents.ENROLLMENT_ID)).ifPresent(enrollment -> settle(
                enrollment, event.type().equals(EnrollmentEvents.ENROLLMENT_CANCELLED),
                LocalDate.ofInstant(event.occurredAt(), PlatformCalendar.ZONE)));
    }

    /**
     * Applies the rule again after a payment landed on an enrollment that had already ended (a card or SEPA payment
     * settling after the learner withdrew): what it brings above what is owed goes back at once, keyed by that
     * payment. Nothing happens for an enrollment still running or completed.
     */
    public void paidAfterTheEnd(Enrollment enrollment) {
        EnrollmentState state = enrollment.state();
        if (state != EnrollmentState.CANCELLED && state != EnrollmentState.ABANDONED) {
            return;
        }
        Instant endedAt = enrollment.history().stream().filter(step -> step.to() == state)
                .map(EnrollmentStep::at).reduce((first, last) -> last).orElse(enrollment.updatedAt());
        settle(enrollment, state == EnrollmentState.CANCELLED, LocalDate.ofInstant(endedAt, PlatformCalendar.ZONE));
    }

    private void settle(Enrollment enrollment, boolean cancelled, LocalDate endedOn) {
        Ledger of = ledger.of(enrollment.id());
        if (of.entries().isEmpty()) {
            return;
        }
        PaymentRefundRule.Outcome outcome = cancelled ? PaymentRefundRule.cancelled(of.charged(), of.netPaid())
                : abandoned(enrollment, of, endedOn);
        refund(enrollment, of, outcome.refund());
        // read again: the refunds just recorded reopen their instalments, which the write-off then settles
        writeOff(enrollment, ledger.of(enrollment.id()), outcome.writeOff());
    }

    private PaymentRefundRule.Outcome abandoned(Enrollment enrollment, Ledger of, LocalDate abandonedOn) {
        var session = sessions.findById(enrollment.sessionId());
        int total = session.map(s -> all(s).size()).orElse(0);
        int delivered = session.map(s -> (int) all(s).stream().filter(slot -> !slot.date().isAfter(abandonedOn))
                .count()).orElse(0);
        return PaymentRefundRule.abandoned(of.charged(), of.netPaid(), delivered, total);
    }

    private static List<DatedSlot> all(Session session) {
        return session.datedSlots(session.details().dates().start(), session.details().dates().end());
    }

    private void refund(Enrollment enrollment, Ledger of, Money amount) {
        Money left = amount;
        List<LedgerEntry> newestFirst = new ArrayList<>(of.payments());
        Collections.reverse(newestFirst);
        for (LedgerEntry payment : newestFirst) {
            if (!left.isPositive()) {
                return;
            }
            Money refundable = payment.amount().minus(of.refundedOf(payment));
            Money part = refundable.isLessThan(left) ? refundable : left;
            if (!part.isPositive()) {
                continue;
            }
            boolean throughProvider = payment.method() == LedgerMethod.CARD || payment.method() == LedgerMethod.SEPA;
            String id = throughProvider
                    ? gateway.refund(payment.reference(), part, "refund:" + payment.reference()).id() : "by-hand";
            ledger.append(new PaymentLedger.Fact(enrollment.schoolId(), enrollment.id(), LedgerKind.REFUND, part,
                    payment.method(), Ledger.refundPrefix(payment) + id, payment.instalment(), null),
                    enrollment.contactId(), Initiator.system());
            left = left.minus(part);
        }
    }

    private void writeOff(Enrollment enrollment, Ledger of, Money amount) {
        Money left = amount;
        List<PaymentInstalment> lastFirst = new ArrayList<>(of.instalments(PlatformCalendar.today(clock)));
        Collections.reverse(lastFirst);
        for (PaymentInstalment instalment : lastFirst) {
            dunning.cancel(enrollment.id(), instalment.number());
            Money part = instalment.outstanding().isLessThan(left) ? instalment.outstanding() : left;
            if (part.isPositive()) {
                ledger.append(new PaymentLedger.Fact(enrollment.schoolId(), enrollment.id(), LedgerKind.WRITE_OFF,
                        part, null, LedgerEntry.writeOffReference(enrollment.id(), instalment.number()),
                        instalment.number(), null), enrollment.contactId(), Initiator.system());
                left = left.minus(part);
            }
        }
    }
}
