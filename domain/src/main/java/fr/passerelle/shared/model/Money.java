package fr.passerelle.shared.model;

import java.util.Currency;
import java.util.Objects;

/** An amount in the currency's minor unit (cents for EUR), so sums never drift as floating point would. */
public record Money(long amountInMinorUnits, Currency currency) {

    private static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money euros(long wholeEuros) {
        return new Money(Math.multiplyExact(wholeEuros, 100L), EUR);
    }
}
