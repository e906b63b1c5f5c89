package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.PaymentAccount;
import fr.passerelle.enrollment.model.PaymentAttempt;
import fr.passerelle.enrollment.port.in.PaymentEvent;
import fr.passerelle.enrollment.port.in.PaymentEvents;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.MandateState;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.enrollment.port.out.PaymentState;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The payment provider's events, turned into the ledger's facts:
 * <ul>
 *   <li>a payment succeeded: a PAYMENT entry under the provider's payment id ({@code payment.received}), once however
 *       often the event is redelivered; the instalment's pending dunning is cancelled; on an enrollment that has
 *       ended, the payment is refunded at once by the refund rule ({@link PaymentRefunds#paidAfterTheEnd});</li>
 *   <li>a payment or a mandate failed: the attempt is marked failed ({@code payment.failed}) and the payer told to pay
 *       again;</li>
 *   <li>a mandate became active: the instalment it was set up for is debited on its due date (or the mandate's first
 *       possible day, if later).</li>
 * </ul>
 * Events about payments this platform did not start, pending states and refunds (recorded when issued) are ignored.
 */
public class PaymentEventsListener implements PaymentEvents {

    private final Enrollments enrollments;
    private final PaymentAccountChanges accounts;
    private final PaymentLedger ledger;
    private final PaymentGateway gateway;
    private final PaymentDunning dunning;
    private final PaymentRefunds refunds;
    private final NoticeDelivery notices;
    private final Clock clock;

    public PaymentEventsListener(Enrollments enrollments, PaymentAccountChanges accounts, PaymentLedger ledger,
                                 PaymentGateway gateway, PaymentDunning dunning, PaymentRefunds refunds,
                                 NoticeDelivery notices, Clock clock) {
        this.enrollments = enrollments;
        this.accounts = accounts;
        this.ledger = ledger;
        this.gateway = gateway;
        this.dunning = dunning;
        this.refunds = refunds;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void received(PaymentEvent event) {
        boolean succeeded = event.state() == PaymentState.SUCCEEDED;
        boolean failed = event.state() == PaymentState.FAILED || event.state() == MandateState.FAILED;
        boolean active = event.state() == MandateState.ACTIVE;
        if (!succeeded && !failed && !active) {
            return;
        }
        accounts.findByProviderId(event.objectId()).ifPresent(account -> {
            PaymentAttempt attempt = account.attempt(event.objectId()).orElseThrow();
            enrollments.findById(account.id()).ifPresent(enrollment -> {
                if (succeeded) {
                    paid(enrollment, attempt);
                } else if (failed) {
                    failed(enrollment, account, attempt, event.eventId());
                } else {
                    debit(enrollment, attempt);
                }
            });
        });
    }

    private void paid(Enrollment enrollment, PaymentAttempt attempt) {
        ledger.append(new PaymentLedger.Fact(enrollment.schoolId(), enrollment.id(), LedgerKind.PAYMENT,
                attempt.amount(), attempt.method(), attempt.providerId(), attempt.instalment(), null),
                enrollment.contactId(), Initiator.system());
        if (enrollment.state().isEnded()) {
            // the refunds ran at the end, before this money arrived: it goes back now
            refunds.paidAfterTheEnd(enrollment);
            return;
        }
        if (ledger.of(enrollment.id()).instalment(attempt.instalment(), today()).filter(i -> i.settled())
                .isPresent()) {
            dunning.cancel(enrollment.id(), attempt.instalment());
        }
    }

    private void failed(Enrollment enrollment, PaymentAccount account, PaymentAttempt attempt, String cause) {
        if (attempt.state() == PaymentAttempt.State.FAILED) {
            return;
        }
        accounts.change(enrollment, EnrollmentEvents.PAYMENT_FAILED, Initiator.system(),
                a -> a.settled(attempt.providerId(), PaymentAttempt.State.FAILED, clock.instant()));
        if (enrollment.learnerSubject() != null) {
            notices.toPeople(cause, new Notice(NotificationKind.PAYMENT_FAILED,
                    Map.of("instalment", String.valueOf(attempt.instalment())), PaymentService.TYPE,
                    enrollment.id()), List.of(enrollment.learnerSubject()));
        }
    }

    /** Debits the mandate's instalment; a debit the provider refuses stays undone, and dunning follows the due date. */
    private void debit(Enrollment enrollment, PaymentAttempt mandate) {
        var instalment = ledger.of(enrollment.id()).instalment(mandate.instalment(), today())
                .filter(i -> !i.settled());
        var activeOn = gateway.mandate(mandate.providerId()).map(m -> m.activeOn());
        if (instalment.isEmpty() || activeOn.isEmpty()) {
            return;
        }
        LocalDate chargeDate = Stream.of(instalment.get().dueOn(), activeOn.get(), today())
                .max(LocalDate::compareTo).orElseThrow();
        try {
            var payment = gateway.collect(mandate.providerId(), instalment.get().outstanding(), chargeDate,
                    "debit:" + mandate.providerId() + ":" + mandate.instalment());
            accounts.change(enrollment, EnrollmentEvents.PAYMENT_STARTED, Initiator.system(),
                    a -> a.started(new PaymentAttempt(payment.id(), mandate.instalment(), mandate.method(), false,
                            instalment.get().outstanding(), PaymentAttempt.State.PENDING, clock.instant()),
                            clock.instant()));
        } catch (FunderRefusedException refused) {
            // the mandate failed meanwhile: its own event marks the attempt failed
        }
    }

    private LocalDate today() {
        return PlatformCalendar.today(clock);
    }
}
