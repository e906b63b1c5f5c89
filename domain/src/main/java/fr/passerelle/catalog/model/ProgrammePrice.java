package fr.passerelle.catalog.model;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;

/**
 * A programme's price: per learner (890 € first-arrival coaching), or per group with the group's largest size (1,490 €
 * for a garage's team of up to 8). Positive, in euros, at most {@link #MAX_EUROS} (no programme costs more; a typo with
 * three more zeros is caught).
 */
public record ProgrammePrice(Money amount, PriceBasis basis, Integer groupSize) {

    public static final long MAX_EUROS = 100_000;
    /** A group larger than this is a session, priced per learner. */
    public static final int MAX_GROUP = 50;

    public static ProgrammePrice validated(ProgrammePrice raw) {
        var checks = new Checks();
        Money amount = checks.required("amount", raw.amount());
        if (amount != null && (amount.amountInMinorUnits() <= 0 || amount.amountInMinorUnits() > MAX_EUROS * 100
                || !amount.currency().getCurrencyCode().equals("EUR"))) {
            checks.add("amount", ErrorCode.OUT_OF_RANGE, "error.catalog.price", MAX_EUROS);
        }
        PriceBasis basis = checks.required("basis", raw.basis());
        Integer group = raw.groupSize();
        if (basis == PriceBasis.PER_GROUP) {
            checks.count("groupSize", checks.required("groupSize", group), 2, MAX_GROUP);
        } else if (group != null) {
            checks.add("groupSize", ErrorCode.INVALID, "error.catalog.group-size-per-learner");
        }
        checks.throwIfAny();
        return raw;
    }
}
