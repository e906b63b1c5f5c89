package fr.passerelle.enrollment.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentReceivableTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 31);

    /** Amounts in cents; the schedule as "amount@month offset" pairs. */
    @ParameterizedTest(name = "{0} cents {1}, individual={2}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a person paying at once: 30 % first, the rest a month later (L. 6353-6)
            "100000; AT_ONCE; true; 30000@0 70000@1",
            // in 3: 333.33 above the cap of 300.00, the excess goes to the second instalment
            "100000; THREE; true; 30000@0 36666@1 33334@2",
            // in 6: 166.66 is under the cap, unchanged
            "100000; SIX; true; 16666@0 16666@1 16666@2 16666@3 16666@4 16670@5",
            // a company is a professional buyer: no cap
            "100000; AT_ONCE; false; 100000@0",
            "149000; THREE; false; 49666@0 49666@1 49668@2",
            // the cap rounds down to the cent: 30 % of 0.99 € is 0.297 €
            "99; AT_ONCE; true; 29@0 70@1",
    })
    void capsThePersonsFirstPayment(long cents, InstalmentOption option, boolean individual, String expected) {
        List<Instalment> schedule = PaymentReceivable.schedule(Money.cents(cents), option, FIRST, individual);

        List<String> actual = schedule.stream().map(i -> i.amount().amountInMinorUnits() + "@"
                + (i.dueDate().getMonthValue() - 1)).toList();
        assertThat(String.join(" ", actual)).isEqualTo(expected);
        assertThat(schedule).extracting(Instalment::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, schedule.size()).boxed().toList());
        assertThat(schedule.stream().map(Instalment::amount).reduce(Money.euros(0), Money::plus))
                .isEqualTo(Money.cents(cents));
        if (individual) {
            assertThat(schedule.get(0).amount().amountInMinorUnits() * 100).isLessThanOrEqualTo(cents * 30);
        }
    }

    @ParameterizedTest
    @CsvSource({"AT_ONCE", "TWELVE"})
    void nothingToPayIsAnEmptySchedule(InstalmentOption option) {
        assertThat(PaymentReceivable.schedule(Money.euros(0), option, FIRST, true)).isEmpty();
    }
}
