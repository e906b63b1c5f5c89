package fr.passerelle.shared.persistence;

import fr.passerelle.shared.model.Money;
import java.util.Currency;

/**
 * A stored amount, as every document stores one: minor units and the ISO 4217 code.
 *
 * @param currency ISO 4217 code
 */
public record MoneyDocument(long amountInMinorUnits, String currency) {

    public static MoneyDocument of(Money money) {
        return money == null ? null
                : new MoneyDocument(money.amountInMinorUnits(), money.currency().getCurrencyCode());
    }

    /** Built by hand: Money's arithmetic ({@code plus}, {@code times}…) looks like fluent setters to MapStruct. */
    public Money toMoney() {
        return new Money(amountInMinorUnits, Currency.getInstance(currency));
    }
}
