package fr.passerelle.api.graphql;

import fr.passerelle.shared.model.Money;
import java.util.Currency;

/** GraphQL {@code MoneyInput}: an integer amount in minor units (GraphQL {@code Int}) and a checked currency. */
public record MoneyInput(int amount, Currency currency) {

    /** The domain's {@link Money}, null when the input was left out. */
    public static Money toMoney(MoneyInput input) {
        return input == null ? null : new Money(input.amount(), input.currency());
    }
}
