package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Money DOLLAR = new Money(100, Currency.getInstance("USD"));

    @Test
    void arithmeticStaysInMinorUnits() {
        assertThat(Money.cents(10_223).plus(Money.cents(77))).isEqualTo(Money.euros(103));
        assertThat(Money.euros(890).minus(Money.cents(10_320))).isEqualTo(Money.cents(78_680));
        assertThat(Money.euros(1).minus(Money.euros(2)).isNegative()).isTrue();
        assertThat(Money.zero(Currency.getInstance("EUR")).isZero()).isTrue();
    }

    @Test
    void comparisonsOrderAmountsOfOneCurrency() {
        assertThat(Money.euros(2).isGreaterThan(Money.euros(1))).isTrue();
        assertThat(Money.euros(1).isLessThan(Money.euros(2))).isTrue();
        assertThat(Money.euros(1).compareTo(Money.cents(100))).isZero();
    }

    @Test
    void currenciesNeverMix() {
        assertThatThrownBy(() -> Money.euros(1).plus(DOLLAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.euros(1).minus(DOLLAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.euros(1).compareTo(DOLLAR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsRefusedNotWrapped() {
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, DOLLAR.currency()).plus(DOLLAR))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.euros(Long.MAX_VALUE / 2)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0} cents in {1}: {2} then last {3}")
    @CsvSource({
            "149000, 3, 49666, 49668",
            "89000, 12, 7416, 7424",
            "100, 3, 33, 34",
            "1, 12, 0, 1",
            "0, 6, 0, 0"})
    void allocateSplitsToTheCentWithTheRemainderLast(long cents, int parts, long each, long last) {
        List<Money> split = Money.cents(cents).allocate(parts);

        assertThat(split).hasSize(parts);
        assertThat(split.subList(0, parts - 1)).containsOnly(Money.cents(each));
        assertThat(split.get(parts - 1)).isEqualTo(Money.cents(last));
        assertThat(split.stream().reduce(Money.cents(0), Money::plus)).isEqualTo(Money.cents(cents));
    }

    @Test
    void allocateRefusesNoPartsAndNegativeAmounts() {
        assertThatThrownBy(() -> Money.euros(1).allocate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.euros(-1).allocate(2)).isInstanceOf(IllegalArgumentException.class);
    }
}
