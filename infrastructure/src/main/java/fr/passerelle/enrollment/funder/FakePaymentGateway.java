package fr.passerelle.enrollment.funder;

import fr.passerelle.enrollment.port.in.PaymentEvent;
import fr.passerelle.enrollment.port.in.PaymentEvents;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.Mandate;
import fr.passerelle.enrollment.port.out.MandateState;
import fr.passerelle.enrollment.port.out.Payment;
import fr.passerelle.enrollment.port.out.PaymentFailure;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.enrollment.port.out.PaymentMethod;
import fr.passerelle.enrollment.port.out.PaymentState;
import fr.passerelle.enrollment.port.out.Refund;
import fr.passerelle.enrollment.port.out.RefundState;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A payment provider as a fake, for dev and tests, with the life cycles of Stripe's card PaymentIntents and
 * GoCardless's SEPA mandates and payments:
 * <ul>
 *   <li>a card payment requires the payer's authentication ({@link #payerAuthenticates}), then succeeds, or fails
 *       when the payer fails it or their card is declined ({@link #declineCardsOf});</li>
 *   <li>a mandate becomes active {@link #MANDATE_WORKING_DAYS} working days after it is set up, or fails when the
 *       payer's bank refuses it ({@link #bankRefusesMandatesOf}), failing its pending debits; SEPA debits are in
 *       euros only;</li>
 *   <li>a debit settles {@link #SETTLEMENT_WORKING_DAYS} working days after its charge date, or fails then for
 *       insufficient funds ({@link #insufficientFundsFor});</li>
 *   <li>a refund, in the payment's currency, is paid the next working day.</li>
 * </ul>
 * Every change is sent to the {@link PaymentEvents} listener as a webhook event with a stable id, replayable with
 * {@link #redeliverEvents()}. Scheduled changes happen at the start of their day (Paris), applied against the
 * {@link Clock} on every read and command.
 */
public class FakePaymentGateway implements PaymentGateway {

    static final int MANDATE_WORKING_DAYS = 2;
    static final int SETTLEMENT_WORKING_DAYS = 3;
    static final int REFUND_WORKING_DAYS = 1;

    private final Clock clock;
    private final Notifications<PaymentEvent> events;
    private final IdempotencyKeys keys = new IdempotencyKeys();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final Map<String, Mandate> mandates = new LinkedHashMap<>();
    private final Map<String, Refund> refunds = new LinkedHashMap<>();
    private final Map<String, String> payers = new LinkedHashMap<>();
    private final Map<String, LocalDate> refundDue = new LinkedHashMap<>();
    private final Set<String> declinedCards = new HashSet<>();
    private final Set<String> refusedMandates = new HashSet<>();
    private final Set<String> emptyAccounts = new HashSet<>();

    public FakePaymentGateway(Clock clock, PaymentEvents listener) {
        this.clock = clock;
        this.events = new Notifications<>(PaymentEvent::new, listener::received);
    }

    @Override
    public synchronized Payment payByCard(String payerReference, Money amount, String idempotencyKey) {
        applySchedule();
        return keys.once(idempotencyKey, "card " + payerReference + " " + amount, Payment.class, () -> {
            positive(amount);
            Payment payment = new Payment("pi_" + (payments.size() + 1), PaymentMethod.CARD, null, amount,
                    PaymentState.REQUIRES_ACTION, null, Money.zero(amount.currency()), null);
            payers.put(payment.id(), payerReference);
            return save(payment, clock.instant());
        });
    }

    @Override
    public synchronized Mandate setUpMandate(String payerReference, String idempotencyKey) {
        applySchedule();
        return keys.once(idempotencyKey, "mandate " + payerReference, Mandate.class, () -> {
            Mandate mandate = new Mandate("MD" + (mandates.size() + 1), MandateState.PENDING,
                    WorkingDays.after(today(), MANDATE_WORKING_DAYS));
            payers.put(mandate.id(), payerReference);
            mandates.put(mandate.id(), mandate);
            events.changed(mandate.id(), mandate.state(), clock.instant());
            return mandate;
        });
    }

    @Override
    public synchronized Payment collect(String mandateId, Money amount, LocalDate chargeDate, String idempotencyKey) {
        applySchedule();
        return keys.once(idempotencyKey, "debit " + mandateId + " " + amount + " " + chargeDate, Payment.class, () -> {
            positive(Euros.required(amount));
            Mandate mandate = mandates.get(mandateId);
            if (mandate == null || mandate.state() == MandateState.FAILED) {
                throw new FunderRefusedException("no usable mandate");
            }
            if (chargeDate.isBefore(mandate.activeOn()) || chargeDate.isBefore(today())) {
                throw new FunderRefusedException("charge date before the mandate's activation or today");
            }
            Payment debit = new Payment("PM" + (payments.size() + 1), PaymentMethod.SEPA_DIRECT_DEBIT, mandateId,
                    amount, PaymentState.PENDING, WorkingDays.after(chargeDate, SETTLEMENT_WORKING_DAYS),
                    Money.zero(amount.currency()), null);
            payers.put(debit.id(), payers.get(mandateId));
            return save(debit, clock.instant());
        });
    }

    @Override
    public synchronized Refund refund(String paymentId, Money amount, String idempotencyKey) {
        applySchedule();
        return keys.once(idempotencyKey, "refund " + paymentId + " " + amount, Refund.class, () -> {
            positive(amount);
            Payment payment = payments.get(paymentId);
            if (payment == null || payment.state() != PaymentState.SUCCEEDED) {
                throw new FunderRefusedException("only a succeeded payment is refunded");
            }
            if (!amount.currency().equals(payment.amount().currency())) {
                throw new FunderRefusedException("a refund is in the payment's currency");
            }
            Money refunded = payment.refunded().plus(amount);
            if (refunded.isGreaterThan(payment.amount())) {
                throw new FunderRefusedException("refunds above the payment's amount");
            }
            payments.put(paymentId, new Payment(payment.id(), payment.method(), payment.mandateId(), payment.amount(),
                    payment.state(), payment.settlesOn(), refunded, null));
            Refund refund = new Refund("RF" + (refunds.size() + 1), paymentId, amount, RefundState.PENDING);
            refunds.put(refund.id(), refund);
            refundDue.put(refund.id(), WorkingDays.after(today(), REFUND_WORKING_DAYS));
            events.changed(refund.id(), refund.state(), clock.instant());
            return refund;
        });
    }

    @Override
    public synchronized Optional<Payment> payment(String id) {
        applySchedule();
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public synchronized Optional<Mandate> mandate(String id) {
        applySchedule();
        return Optional.ofNullable(mandates.get(id));
    }

    /** The payer completes the card's authentication: the payment succeeds unless their card is declined. */
    public synchronized Payment payerAuthenticates(String paymentId) {
        applySchedule();
        Payment payment = awaitingAction(paymentId);
        return declinedCards.contains(payers.get(paymentId))
                ? settle(payment, PaymentState.FAILED, PaymentFailure.CARD_DECLINED, clock.instant())
                : settle(payment, PaymentState.SUCCEEDED, null, clock.instant());
    }

    /** The payer fails (or abandons) the card's authentication. */
    public synchronized Payment payerFailsAuthentication(String paymentId) {
        applySchedule();
        return settle(awaitingAction(paymentId), PaymentState.FAILED, PaymentFailure.AUTHENTICATION_FAILED,
                clock.instant());
    }

    public synchronized void declineCardsOf(String payerReference) {
        declinedCards.add(payerReference);
    }

    public synchronized void bankRefusesMandatesOf(String payerReference) {
        refusedMandates.add(payerReference);
    }

    public synchronized void insufficientFundsFor(String payerReference) {
        emptyAccounts.add(payerReference);
    }

    /** Sends every event again, as the provider does when a webhook was not acknowledged. */
    public synchronized void redeliverEvents() {
        events.redeliverAll();
    }

    public synchronized List<PaymentEvent> events() {
        return events.sent();
    }

    /** Makes the changes that are due: mandates activated or failed, debits settled or failed, refunds paid. */
    public synchronized void applySchedule() {
        LocalDate today = today();
        for (Mandate mandate : List.copyOf(mandates.values())) {
            if (mandate.state() == MandateState.PENDING && !today.isBefore(mandate.activeOn())) {
                decideMandate(mandate);
            }
        }
        for (Payment payment : List.copyOf(payments.values())) {
            if (payment.state() == PaymentState.PENDING && !today.isBefore(payment.settlesOn())) {
                boolean empty = emptyAccounts.contains(payers.get(payment.id()));
                settle(payment, empty ? PaymentState.FAILED : PaymentState.SUCCEEDED,
                        empty ? PaymentFailure.INSUFFICIENT_FUNDS : null, startOf(payment.settlesOn()));
            }
        }
        for (Refund refund : List.copyOf(refunds.values())) {
            LocalDate due = refundDue.get(refund.id());
            if (refund.state() == RefundState.PENDING && !today.isBefore(due)) {
                refunds.put(refund.id(), new Refund(refund.id(), refund.paymentId(), refund.amount(),
                        RefundState.SUCCEEDED));
                events.changed(refund.id(), RefundState.SUCCEEDED, startOf(due));
            }
        }
    }

    private void decideMandate(Mandate mandate) {
        boolean refused = refusedMandates.contains(payers.get(mandate.id()));
        MandateState state = refused ? MandateState.FAILED : MandateState.ACTIVE;
        mandates.put(mandate.id(), new Mandate(mandate.id(), state, mandate.activeOn()));
        Instant at = startOf(mandate.activeOn());
        events.changed(mandate.id(), state, at);
        if (refused) {
            payments.values().stream()
                    .filter(p -> mandate.id().equals(p.mandateId()) && p.state() == PaymentState.PENDING).toList()
                    .forEach(debit -> settle(debit, PaymentState.FAILED, PaymentFailure.MANDATE_FAILED, at));
        }
    }

    private Payment awaitingAction(String paymentId) {
        Payment payment = payments.get(paymentId);
        if (payment == null || payment.state() != PaymentState.REQUIRES_ACTION) {
            throw new FunderRefusedException("payment does not await the payer's action");
        }
        return payment;
    }

    private Payment settle(Payment payment, PaymentState state, PaymentFailure failure, Instant at) {
        return save(new Payment(payment.id(), payment.method(), payment.mandateId(), payment.amount(), state,
                state == PaymentState.PENDING ? payment.settlesOn() : null, payment.refunded(), failure), at);
    }

    private Payment save(Payment payment, Instant at) {
        payments.put(payment.id(), payment);
        events.changed(payment.id(), payment.state(), at);
        return payment;
    }

    private static void positive(Money amount) {
        if (!amount.isPositive()) {
            throw new FunderRefusedException("amount must be positive");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PlatformCalendar.ZONE).toInstant();
    }

    private LocalDate today() {
        return PlatformCalendar.today(clock);
    }
}
