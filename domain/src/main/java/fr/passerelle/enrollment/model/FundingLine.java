package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.util.Objects;

/**
 * One payer's share of a plan. {@code funderReference} is the funder's own number for it where it has one (the
 * training account's folder, France Travail's quote, the OPCO's agreement), null until it is known.
 */
public record FundingLine(FundingSource source, Money amount, String funderReference) {

    public FundingLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
    }
}
