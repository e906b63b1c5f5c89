package fr.passerelle.school.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.model.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PartnershipTierTest {

    @ParameterizedTest(name = "{0} costs {1} cents a year")
    @CsvSource({
            "DISCOVERY, 0",
            "CERTIFIED, 250000",
            "PREMIUM,   850000",
            "STRATEGIC, 2500000",
    })
    void annual_fee_is_in_euro_cents(PartnershipTier tier, long cents) {
        assertThat(tier.annualFee()).isEqualTo(new Money(cents, Currency.getInstance("EUR")));
    }

    @ParameterizedTest
    @EnumSource(PartnershipTier.class)
    void each_tier_includes_every_lower_tier_benefit(PartnershipTier tier) {
        for (PartnershipTier lower : PartnershipTier.values()) {
            if (lower.ordinal() < tier.ordinal()) {
                assertThat(tier.benefits()).as("%s includes %s", tier, lower).containsAll(lower.benefits());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = PartnershipTier.class, names = {"CERTIFIED", "PREMIUM", "STRATEGIC"})
    void each_higher_tier_adds_four_benefits_of_its_own(PartnershipTier tier) {
        PartnershipTier below = PartnershipTier.values()[tier.ordinal() - 1];

        assertThat(tier.benefits()).hasSize(below.benefits().size() + 4);
    }

    @Test
    void discovery_grants_exactly_the_four_entry_benefits() {
        assertThat(PartnershipTier.DISCOVERY.benefits()).containsExactlyInAnyOrder(
                PartnershipBenefit.FREE_STUDENT_ACCESS,
                PartnershipBenefit.CAREER_WORKSHOPS,
                PartnershipBenefit.INTERNSHIP_DATABASE,
                PartnershipBenefit.PLACEMENT_STATISTICS);
    }

    @Test
    void strategic_grants_all_sixteen_benefits() {
        assertThat(PartnershipBenefit.values()).hasSize(16);
        assertThat(PartnershipTier.STRATEGIC.benefits()).containsExactlyInAnyOrder(PartnershipBenefit.values());
    }

    @Test
    void benefits_cannot_be_changed_by_callers() {
        var benefits = PartnershipTier.DISCOVERY.benefits();

        assertThatThrownBy(() -> benefits.add(PartnershipBenefit.JOINT_RESEARCH))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(PartnershipTier.DISCOVERY.benefits()).hasSize(4);
    }
}
