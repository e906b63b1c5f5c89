package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/**
 * A quote as France Travail answers it.
 *
 * @param number   France Travail's number for it (the plan's funder reference)
 * @param answerBy the day France Travail is expected to answer
 * @param refusal  why it was refused, null otherwise
 */
public record FranceTravailQuote(String number, FranceTravailScheme scheme, Money amount, QuoteState state,
                                 LocalDate answerBy, QuoteRefusal refusal) {
}
