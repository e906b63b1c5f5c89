package fr.passerelle.enrollment.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.model.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentRefundRuleTest {

    /**
     * Amounts in cents. The write-off gives up the charges the payer no longer owes, refunded ones included, so that
     * after it charges − paid + refund − write-off is exactly what they still owe.
     */
    @ParameterizedTest(name = "charged {0}, paid {1}, {2}/{3} delivered: refund {4}, write off {5}")
    @CsvSource({
            // nothing delivered yet: everything back, nothing owed
            "100000, 30000, 0, 40, 30000, 100000",
            // a quarter delivered, paid more than that: the excess back, everything but the quarter given up
            "100000, 60000, 10, 40, 35000, 75000",
            // a quarter delivered, paid less than that: no refund, owes the difference, the rest given up
            "100000, 10000, 10, 40, 0, 75000",
            // paid exactly what was delivered
            "100000, 50000, 20, 40, 0, 50000",
            // all delivered: nothing back, nothing given up
            "100000, 100000, 40, 40, 0, 0",
            "100000, 30000, 40, 40, 0, 0",
            // pro rata rounds down to the cent in the payer's favour: 1/3 of 1000.00 is 333.33
            "100000, 100000, 1, 3, 66667, 66667",
            // a session without half-days is taken as delivered
            "100000, 20000, 0, 0, 0, 0",
    })
    void abandonedKeepsWhatWasDelivered(long charged, long paid, int delivered, int total, long refund,
                                        long writeOff) {
        var outcome = PaymentRefundRule.abandoned(Money.cents(charged), Money.cents(paid), delivered, total);

        assertThat(outcome.refund()).isEqualTo(Money.cents(refund));
        assertThat(outcome.writeOff()).isEqualTo(Money.cents(writeOff));
    }

    @Test
    void cancelledRefundsEverythingAndOwesNothing() {
        var outcome = PaymentRefundRule.cancelled(Money.cents(100_000), Money.cents(30_000));

        assertThat(outcome.refund()).isEqualTo(Money.cents(30_000));
        assertThat(outcome.writeOff()).isEqualTo(Money.cents(100_000));
        assertThat(Money.cents(100_000).minus(Money.cents(30_000)).plus(outcome.refund()).minus(outcome.writeOff()))
                .isEqualTo(Money.euros(0));
    }
}
