package fr.passerelle.enrollment.model;

import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.shared.model.Money;

/**
 * What one enrollment costs, from its programme's price: the price itself when it is per learner; for a price per
 * group, the group's price shared over the group's size with {@link Money#allocate} — each enrollment one share, the
 * common share (the garage's team of 8 at 1,490.00 € pays 186.25 € each). When the price does not divide to the
 * cent, {@code allocate} puts the remainder cents (fewer than the group's size) on the last share; an enrollment is
 * priced at the common share, so a group never pays more than its price and the organisation forgoes at most those
 * few cents.
 */
public final class FundingPrice {

    private FundingPrice() {
    }

    public static Money perEnrollment(ProgrammePrice price) {
        if (price.basis() == PriceBasis.PER_GROUP) {
            return price.amount().allocate(price.groupSize()).get(0);
        }
        return price.amount();
    }
}
