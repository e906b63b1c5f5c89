package fr.passerelle.school.model;

import static fr.passerelle.school.model.PartnershipBenefit.*;

import fr.passerelle.shared.model.Money;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The school partnership programme (seed 003, §2.2). Each tier grants its own benefits plus those of every tier
 * below it; fees are per year, excluding VAT.
 */
public enum PartnershipTier {
    DISCOVERY(0, EnumSet.of(FREE_STUDENT_ACCESS, CAREER_WORKSHOPS, INTERNSHIP_DATABASE, PLACEMENT_STATISTICS)),
    CERTIFIED(2_500, EnumSet.of(FACULTY_TRAINING, CURRICULUM_INTEGRATION, READY_CERTIFICATION, PRIORITY_JOB_ACCESS)),
    PREMIUM(8_500, EnumSet.of(CO_CREATED_MODULES, SUPERVISED_INTERNSHIPS, EXPERT_TALKS, DIRECT_APPRENTICESHIP)),
    STRATEGIC(25_000, EnumSet.of(INTEGRATED_CAMPUS, STUDENT_INCUBATOR, JOINT_RESEARCH, INNOVATION_CHAIR));

    private final Money annualFee;
    private final Set<PartnershipBenefit> ownBenefits;

    PartnershipTier(long annualFeeInEuros, Set<PartnershipBenefit> ownBenefits) {
        this.annualFee = Money.euros(annualFeeInEuros);
        this.ownBenefits = Collections.unmodifiableSet(ownBenefits);
    }

    public Money annualFee() {
        return annualFee;
    }

    /** This tier's benefits and every lower tier's. */
    public Set<PartnershipBenefit> benefits() {
        EnumSet<PartnershipBenefit> all = EnumSet.noneOf(PartnershipBenefit.class);
        for (PartnershipTier tier : values()) {
            if (tier.ordinal() <= ordinal()) {
                all.addAll(tier.ownBenefits);
            }
        }
        return Collections.unmodifiableSet(all);
    }
}
