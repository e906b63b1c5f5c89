package fr.passerelle.school.graphql;

import fr.passerelle.school.model.PartnershipBenefit;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.shared.model.Money;
import java.util.List;

/** GraphQL {@code PartnershipTerms}. */
public record PartnershipTermsView(PartnershipTier tier, Money annualFee, List<PartnershipBenefit> benefits) {

    static PartnershipTermsView of(PartnershipTier tier) {
        return new PartnershipTermsView(tier, tier.annualFee(), List.copyOf(tier.benefits()));
    }

    /** GraphQL {@code annualFeeAmount}: the {@code Money} object that replaces the deprecated scalar {@code annualFee}. */
    public Money annualFeeAmount() {
        return annualFee;
    }
}
