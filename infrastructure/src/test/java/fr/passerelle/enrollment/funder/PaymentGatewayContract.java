package fr.passerelle.enrollment.funder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.enrollment.port.in.PaymentEvent;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentGateway} must do, the fake and a real provider's adapter alike (against the provider's
 * sandbox, whose test cards and test bank accounts play the payer).
 */
abstract class PaymentGatewayContract {

    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    protected static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 10, 0);
    protected static final String PAYER = "cus_garage";
    private static final Money INSTALMENT = Money.cents(49_666);

    protected abstract PaymentGateway gateway();

    protected abstract void timeIs(LocalDateTime parisTime);

    protected abstract void payerAuthenticates(String paymentId);

    protected abstract void payerFailsAuthentication(String paymentId);

    protected abstract void declineCardsOf(String payer);

    protected abstract void bankRefusesMandatesOf(String payer);

    protected abstract void insufficientFundsFor(String payer);

    /** The webhook events the enrollment received, oldest first. */
    protected abstract List<PaymentEvent> received();

    private PaymentState state(String paymentId) {
        return gateway().payment(paymentId).orElseThrow().state();
    }

    private Payment succeededCardPayment() {
        Payment payment = gateway().payByCard(PAYER, INSTALMENT, "card");
        payerAuthenticates(payment.id());
        return gateway().payment(payment.id()).orElseThrow();
    }

    @Test
    void aCardPaymentRequiresTheAuthenticationThenSucceeds() {
        Payment payment = gateway().payByCard(PAYER, INSTALMENT, "k");
        assertThat(payment.state()).isEqualTo(PaymentState.REQUIRES_ACTION);
        assertThat(payment.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(payment.amount()).isEqualTo(INSTALMENT);

        payerAuthenticates(payment.id());

        assertThat(state(payment.id())).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(received()).extracting(PaymentEvent::state)
                .containsExactly(PaymentState.REQUIRES_ACTION, PaymentState.SUCCEEDED);
        assertThat(received()).extracting(PaymentEvent::objectId).containsOnly(payment.id());
    }

    @Test
    void aCardPaymentFailsWhenTheAuthenticationFailsOrTheCardIsDeclined() {
        Payment abandoned = gateway().payByCard(PAYER, INSTALMENT, "a");
        payerFailsAuthentication(abandoned.id());
        assertThat(gateway().payment(abandoned.id()).orElseThrow().failure())
                .isEqualTo(PaymentFailure.AUTHENTICATION_FAILED);

        declineCardsOf("cus_other");
        Payment declined = gateway().payByCard("cus_other", INSTALMENT, "b");
        payerAuthenticates(declined.id());
        Payment failed = gateway().payment(declined.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(PaymentState.FAILED);
        assertThat(failed.failure()).isEqualTo(PaymentFailure.CARD_DECLINED);

        assertThatThrownBy(() -> payerAuthenticates(declined.id())).isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void aMandateIsPendingThenActiveAfterTwoWorkingDays() {
        timeIs(LocalDateTime.of(2026, 12, 24, 11, 0)); // Thursday before Christmas
        Mandate mandate = gateway().setUpMandate(PAYER, "k");
        assertThat(mandate.state()).isEqualTo(MandateState.PENDING);
        assertThat(mandate.activeOn()).isEqualTo(LocalDate.of(2026, 12, 29));

        timeIs(LocalDateTime.of(2026, 12, 28, 23, 59));
        assertThat(gateway().mandate(mandate.id()).orElseThrow().state()).isEqualTo(MandateState.PENDING);
        timeIs(LocalDateTime.of(2026, 12, 29, 0, 0));
        assertThat(gateway().mandate(mandate.id()).orElseThrow().state()).isEqualTo(MandateState.ACTIVE);
    }

    @Test
    void aDebitSettlesThreeWorkingDaysAfterItsChargeDate() {
        Mandate mandate = gateway().setUpMandate(PAYER, "m");
        Payment debit = gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2026, 12, 11), "d");
        assertThat(debit.state()).isEqualTo(PaymentState.PENDING);
        assertThat(debit.method()).isEqualTo(PaymentMethod.SEPA_DIRECT_DEBIT);
        assertThat(debit.settlesOn()).isEqualTo(LocalDate.of(2026, 12, 16));

        timeIs(LocalDateTime.of(2026, 12, 15, 23, 59));
        assertThat(state(debit.id())).isEqualTo(PaymentState.PENDING);
        timeIs(LocalDateTime.of(2026, 12, 16, 0, 0));
        assertThat(state(debit.id())).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(received()).extracting(PaymentEvent::state).containsExactly(MandateState.PENDING,
                PaymentState.PENDING, MandateState.ACTIVE, PaymentState.SUCCEEDED);
    }

    @Test
    void aDebitFailsForInsufficientFunds() {
        insufficientFundsFor(PAYER);
        Mandate mandate = gateway().setUpMandate(PAYER, "m");
        Payment debit = gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2026, 12, 11), "d");

        timeIs(LocalDateTime.of(2026, 12, 16, 0, 0));
        Payment failed = gateway().payment(debit.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(PaymentState.FAILED);
        assertThat(failed.failure()).isEqualTo(PaymentFailure.INSUFFICIENT_FUNDS);
    }

    @Test
    void aRefusedMandateFailsWithItsPendingDebitsAndTakesNoMore() {
        bankRefusesMandatesOf(PAYER);
        Mandate mandate = gateway().setUpMandate(PAYER, "m");
        Payment debit = gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2026, 12, 11), "d");

        timeIs(LocalDateTime.of(2026, 12, 9, 0, 0));
        assertThat(gateway().mandate(mandate.id()).orElseThrow().state()).isEqualTo(MandateState.FAILED);
        assertThat(gateway().payment(debit.id()).orElseThrow().failure()).isEqualTo(PaymentFailure.MANDATE_FAILED);
        assertThatThrownBy(() -> gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2027, 1, 11), "e"))
                .isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void aDebitCannotBeChargedBeforeTheMandatesActivationOrInThePast() {
        Mandate mandate = gateway().setUpMandate(PAYER, "m");

        assertThatThrownBy(() -> gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2026, 12, 8), "a"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().collect("unknown", INSTALMENT, LocalDate.of(2027, 1, 8), "b"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().collect(mandate.id(), Money.cents(0), LocalDate.of(2027, 1, 8), "c"))
                .isInstanceOf(FunderRefusedException.class);
        timeIs(LocalDateTime.of(2027, 1, 20, 9, 0));
        assertThatThrownBy(() -> gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2027, 1, 19), "d"))
                .isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void aSucceededPaymentIsRefundedUpToItsAmount() {
        Payment payment = succeededCardPayment();

        Refund refund = gateway().refund(payment.id(), Money.cents(40_000), "r1");
        assertThat(refund.state()).isEqualTo(RefundState.PENDING);
        assertThat(gateway().payment(payment.id()).orElseThrow().refunded()).isEqualTo(Money.cents(40_000));
        assertThatThrownBy(() -> gateway().refund(payment.id(), Money.cents(9_667), "r2"))
                .isInstanceOf(FunderRefusedException.class);
        gateway().refund(payment.id(), Money.cents(9_666), "r3");
        assertThat(gateway().payment(payment.id()).orElseThrow().refunded()).isEqualTo(INSTALMENT);

        timeIs(LocalDateTime.of(2026, 12, 8, 0, 0));
        gateway().payment(payment.id());
        assertThat(received()).extracting(PaymentEvent::state).endsWith(RefundState.SUCCEEDED, RefundState.SUCCEEDED);
    }

    @Test
    void onlyASucceededPaymentIsRefunded() {
        Payment waiting = gateway().payByCard(PAYER, INSTALMENT, "k");

        assertThatThrownBy(() -> gateway().refund(waiting.id(), Money.cents(1), "r"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().refund("unknown", Money.cents(1), "r2"))
                .isInstanceOf(FunderRefusedException.class);
        assertThat(gateway().payment("unknown")).isEmpty();
        assertThat(gateway().mandate("unknown")).isEmpty();
    }

    @Test
    void everyCommandIsIdempotentUnderItsKey() {
        Payment card = gateway().payByCard(PAYER, INSTALMENT, "card");
        assertThat(gateway().payByCard(PAYER, INSTALMENT, "card")).isEqualTo(card);
        Mandate mandate = gateway().setUpMandate(PAYER, "mandate");
        assertThat(gateway().setUpMandate(PAYER, "mandate")).isEqualTo(mandate);
        Payment debit = gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2026, 12, 11), "debit");
        assertThat(gateway().collect(mandate.id(), INSTALMENT, LocalDate.of(2026, 12, 11), "debit")).isEqualTo(debit);
        assertThat(received()).hasSize(3);

        assertThatThrownBy(() -> gateway().payByCard(PAYER, Money.cents(1), "card"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().payByCard(PAYER, INSTALMENT, ""))
                .isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void everyEventHasItsOwnId() {
        succeededCardPayment();
        gateway().setUpMandate(PAYER, "m");

        assertThat(received()).extracting(PaymentEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void aSepaDebitIsInEurosAndARefundInThePaymentsCurrency() {
        Payment payment = succeededCardPayment();
        Mandate mandate = gateway().setUpMandate(PAYER, "m");
        Money dollars = new Money(149_000, java.util.Currency.getInstance("USD"));

        assertThatThrownBy(() -> gateway().collect(mandate.id(), dollars, LocalDate.of(2026, 12, 11), "d"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().refund(payment.id(), dollars, "r"))
                .isInstanceOf(FunderRefusedException.class);
        assertThat(gateway().payment(payment.id()).orElseThrow().refunded()).isEqualTo(Money.cents(0));
    }
}
