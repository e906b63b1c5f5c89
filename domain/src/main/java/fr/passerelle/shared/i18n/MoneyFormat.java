package fr.passerelle.shared.i18n;

import fr.passerelle.shared.model.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * Writes an amount for people, in their language: {@code 2 500,00 €} in French, {@code €2,500.00} in English. The
 * one place amounts are formatted, for the API's {@code Money.formatted} and any text that names an amount.
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    /** With as many decimals as the currency has minor units (2 for EUR, 0 for JPY), never rounded. */
    public static String format(Money money, Language language) {
        var currency = money.currency();
        int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(BigDecimal.valueOf(money.amountInMinorUnits()).movePointLeft(decimals));
    }
}
