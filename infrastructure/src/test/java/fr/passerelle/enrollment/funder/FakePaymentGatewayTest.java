package fr.passerelle.enrollment.funder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.port.in.PaymentEvent;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakePaymentGatewayTest extends PaymentGatewayContract {

    private final MutableClock clock = new MutableClock(START.atZone(PARIS).toInstant());
    private final List<PaymentEvent> received = new ArrayList<>();
    private final FakePaymentGateway fake = new FakePaymentGateway(clock, received::add);

    @Override
    protected PaymentGateway gateway() {
        return fake;
    }

    @Override
    protected void timeIs(LocalDateTime parisTime) {
        clock.advance(Duration.between(clock.instant(), parisTime.atZone(PARIS).toInstant()));
    }

    @Override
    protected void payerAuthenticates(String paymentId) {
        fake.payerAuthenticates(paymentId);
    }

    @Override
    protected void payerFailsAuthentication(String paymentId) {
        fake.payerFailsAuthentication(paymentId);
    }

    @Override
    protected void declineCardsOf(String payer) {
        fake.declineCardsOf(payer);
    }

    @Override
    protected void bankRefusesMandatesOf(String payer) {
        fake.bankRefusesMandatesOf(payer);
    }

    @Override
    protected void insufficientFundsFor(String payer) {
        fake.insufficientFundsFor(payer);
    }

    @Override
    protected List<PaymentEvent> received() {
        return received;
    }

    @Test
    void aRedeliveredWebhookCarriesTheSameEventId() {
        fake.payerAuthenticates(fake.payByCard(PAYER, Money.euros(10), "k").id());
        List<PaymentEvent> first = List.copyOf(received);

        fake.redeliverEvents();

        assertThat(received.subList(first.size(), received.size())).isEqualTo(first);
        assertThat(fake.events()).isEqualTo(first);
    }
}
