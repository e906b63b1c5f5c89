package fr.passerelle.agreement.model;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/**
 * The terms of the offer a learner accepted, as an agreement made from the application starts with them and is
 * compared against them: dates, weekly hours, monthly stipend, the site (as a place of work), the tutor and the post.
 *
 * @param monthlyStipend null when the offer states none
 * @param workplace      the offer's site written as an agreement's place of work; null when the site is gone
 * @param tutorEmail     the e-mail of the member the offer names as tutor; null when it names none
 * @param postReference  the host's reference of the post; null when the offer names none
 */
public record AcceptedOffer(LocalDate start, LocalDate end, int hoursPerWeek, Money monthlyStipend, String workplace,
                            String tutorEmail, String postReference) {
}
