package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/**
 * A funding request as the OPCO answers it.
 *
 * @param number the OPCO's number for it (the plan's funder reference once agreed)
 * @param agreed the amount the OPCO agreed to pay, at most the amount asked; null before its decision or when refused
 * @param nextStepBy the day the OPCO's next step is expected (its review, its decision, its payment); null when final
 */
public record OpcoFundingRequest(String number, Money asked, Money agreed, OpcoRequestState state,
                                 LocalDate nextStepBy) {
}
