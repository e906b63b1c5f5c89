package fr.passerelle.enrollment.funder;

import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.shared.model.Money;
import java.util.Currency;

/**
 * The French funders and SEPA work in euros only. The fakes check the currency before any arithmetic, so another
 * currency is the funder's refusal ({@link FunderRefusedException}, as the ports promise), never the
 * {@link IllegalArgumentException} of mixing currencies in {@link Money}.
 */
final class Euros {

    private static final Currency EUR = Currency.getInstance("EUR");

    private Euros() {
    }

    static Money required(Money amount) {
        if (!amount.currency().equals(EUR)) {
            throw new FunderRefusedException("amounts are in euros, not " + amount.currency());
        }
        return amount;
    }
}
