package fr.passerelle.enrollment.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Violation;
import java.util.List;

/** What a change of a funding plan gave: the new plan, or why it was refused (the plan itself is unchanged). */
public sealed interface FundingChange {

    /** The new plan, or a {@link BusinessRuleViolation} listing every violation. */
    FundingPlan orThrow();

    record Accepted(FundingPlan plan) implements FundingChange {
        @Override
        public FundingPlan orThrow() {
            return plan;
        }
    }

    record Refused(List<Violation> violations) implements FundingChange {

        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one violation");
            }
        }

        @Override
        public FundingPlan orThrow() {
            throw new BusinessRuleViolation(violations);
        }
    }
}
