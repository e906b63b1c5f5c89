package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;

/**
 * A funding request for an employee's or an apprentice's training.
 *
 * @param employerSiret the employer's SIRET, which tells the OPCO which member company asks
 * @param trainees      how many of its employees the session trains (a garage's team of up to 8)
 * @param asked         the amount asked
 */
public record OpcoRequestFiling(String employerSiret, String sessionReference, boolean apprenticeship, int trainees,
                                Money asked) {
}
