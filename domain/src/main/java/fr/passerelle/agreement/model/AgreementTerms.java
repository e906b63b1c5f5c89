package fr.passerelle.agreement.model;

import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.internship.model.PostReference;
import java.util.List;
import java.util.Objects;

/**
 * The clauses an internship agreement must carry (Code de l'éducation, art. L124-1 ff. and D124-4): the activities
 * and skills to acquire, the dates, weekly schedule (regular, part-time or irregular, in {@link InternshipPeriod}),
 * presence at night, on Sundays and public holidays, the gratification and how it is paid, benefits, social
 * protection, leave and absences, suspension and termination, evaluation, and the places of work and country.
 *
 * @param gratification null when the agreement states none (only allowed while it is not mandatory)
 * @param workplaces    the addresses where the intern works, at least one
 * @param postReference the host's own code or label of the post the intern holds, normalised
 *                      ({@link PostReference}); null when not stated. Two internships with the same host and the
 *                      same reference are on the same post (the waiting period of L124-11)
 */
public record AgreementTerms(InternshipPeriod period, String activities, List<String> skillsToAcquire,
                             boolean nightPresence, boolean sundayPresence, ProposedGratification gratification,
                             String paymentTerms, String benefits, String socialProtection, String leaveAndAbsence,
                             String suspensionAndTermination, String evaluation, List<String> workplaces,
                             String postReference) {

    /** Terms that name no post. */
    public AgreementTerms(InternshipPeriod period, String activities, List<String> skillsToAcquire,
                          boolean nightPresence, boolean sundayPresence, ProposedGratification gratification,
                          String paymentTerms, String benefits, String socialProtection, String leaveAndAbsence,
                          String suspensionAndTermination, String evaluation, List<String> workplaces) {
        this(period, activities, skillsToAcquire, nightPresence, sundayPresence, gratification, paymentTerms,
                benefits, socialProtection, leaveAndAbsence, suspensionAndTermination, evaluation, workplaces, null);
    }

    public AgreementTerms {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(activities, "activities");
        skillsToAcquire = List.copyOf(skillsToAcquire);
        workplaces = List.copyOf(workplaces);
        postReference = PostReference.normalise(postReference);
    }
}
