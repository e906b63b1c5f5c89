package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.Objects;

/** The gratification an agreement states: an hourly rate, or a flat amount for each month. */
public sealed interface ProposedGratification permits ProposedGratification.Hourly, ProposedGratification.MonthlyFlat {

    Money amount();

    /** So much per hour of presence: it must reach the minimum hourly rate of every month of the internship. */
    record Hourly(Money amount) implements ProposedGratification {

        public Hourly {
            requireNotNegative(amount);
        }
    }

    /** So much each month whatever the hours: it must reach each month's minimum, the month's hours at the rate. */
    record MonthlyFlat(Money amount) implements ProposedGratification {

        public MonthlyFlat {
            requireNotNegative(amount);
        }
    }

    private static void requireNotNegative(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.amountInMinorUnits() < 0) {
            throw BusinessRuleViolation.of("amount", ErrorCode.OUT_OF_RANGE, "error.number.negative");
        }
    }
}
