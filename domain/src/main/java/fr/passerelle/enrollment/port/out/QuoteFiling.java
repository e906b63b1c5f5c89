package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/**
 * A quote for France Travail (devis, filed on its organisations' service, KAIROS).
 *
 * @param jobSeekerId    France Travail's identifier of the job seeker
 * @param amount         what France Travail is asked to pay
 * @param price          the training's price
 * @param otherFunding   what other funders already pay (the training account, an OPCO, the region…)
 * @param hours          the training's length
 */
public record QuoteFiling(FranceTravailScheme scheme, String jobSeekerId, String sessionReference, Money amount,
                          Money price, Money otherFunding, int hours, LocalDate trainingStart) {
}
