package fr.passerelle.shared.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount in the currency's minor unit (cents for EUR), so sums never drift as floating point would. Arithmetic
 * refuses to mix currencies (an {@link IllegalArgumentException}, a bug of the caller, never a conversion) and to
 * overflow ({@link ArithmeticException}).
 */
public record Money(long amountInMinorUnits, Currency currency) implements Comparable<Money> {

    private static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money euros(long wholeEuros) {
        return new Money(Math.multiplyExact(wholeEuros, 100L), EUR);
    }

    /** Euros and cents: {@code Money.cents(149_000)} is 1,490.00 €. */
    public static Money cents(long cents) {
        return new Money(cents, EUR);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(amountInMinorUnits, sameCurrency(other).amountInMinorUnits), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(amountInMinorUnits, sameCurrency(other).amountInMinorUnits), currency);
    }

    public boolean isNegative() {
        return amountInMinorUnits < 0;
    }

    public boolean isZero() {
        return amountInMinorUnits == 0;
    }

    public boolean isPositive() {
        return amountInMinorUnits > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** Orders amounts of one currency; comparing two currencies is refused like adding them. */
    @Override
    public int compareTo(Money other) {
        return Long.compare(amountInMinorUnits, sameCurrency(other).amountInMinorUnits);
    }

    /**
     * Splits this amount into {@code parts} amounts that add up to it exactly, to the minor unit: every part is the
     * amount divided and rounded down, the last one takes the remainder (1,490.00 € in 3: 496.66, 496.66, 496.68).
     *
     * @throws IllegalArgumentException when {@code parts} is not positive or the amount is negative
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("an amount splits into at least one part");
        }
        if (isNegative()) {
            throw new IllegalArgumentException("a negative amount is not split");
        }
        long share = amountInMinorUnits / parts;
        List<Money> allocation = new ArrayList<>(Collections.nCopies(parts - 1, new Money(share, currency)));
        allocation.add(new Money(amountInMinorUnits - share * (parts - 1), currency));
        return List.copyOf(allocation);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("amounts in " + currency + " and " + other.currency + " do not mix");
        }
        return other;
    }
}
