package fr.passerelle.enrollment.port.in;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.ParticipationExemption;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.Money;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The financing of an enrollment: its plan, its funder lines and their requests to the funders. Admins and admissions
 * work it; finance and the learner read it; anyone else finds neither the enrollment nor its funding.
 */
public interface FundingUseCases {

    /**
     * @param exemptions  why the training account's holder owes no flat participation
     * @param instalments how the payer pays their part (at once when null)
     * @param companyId   the company paying the learner's part and signing the contract, null for the learner
     */
    record PlanCommand(Set<ParticipationExemption> exemptions, InstalmentOption instalments, String companyId) {
    }

    /**
     * @param funderReference the funder's number when staff know it (the training account's folder number, which the
     *                        holder's request on Mon Compte Formation gave); France Travail and OPCOs give theirs
     *                        when the line is requested
     * @param accountId       the learner's or employer's identifier at the funder: France Travail's job-seeker
     *                        identifier, the employer's SIRET for an OPCO
     */
    record LineCommand(FundingSource source, Money amount, String funderReference, String accountId) {
    }

    /** Creates or changes the plan; the price is the programme's (per enrollment). */
    Funding plan(Actor actor, String enrollmentId, PlanCommand command, Long expectedVersion);

    /** Adds or changes a funder line; changing a requested line resets its request (and cancels it where it can). */
    Funding setLine(Actor actor, String enrollmentId, LineCommand command, Long expectedVersion);

    Funding removeLine(Actor actor, String enrollmentId, FundingSource source, Long expectedVersion);

    /** Files every line not requested yet with its funder; safe to retry (the gateways' keys are per line). */
    Funding request(Actor actor, String enrollmentId, Long expectedVersion);

    /** The organisation validates the holder's training-account request (within 2 working days). */
    Funding validateAccount(Actor actor, String enrollmentId, Long expectedVersion);

    /** Staff record the agreement of a funder without a gateway (region, employer) with its reference. */
    Funding confirmLine(Actor actor, String enrollmentId, FundingSource source, String reference,
                        Long expectedVersion);

    /** The fundings of the enrollments the actor may read, by enrollment id (those without one are left out). */
    Map<String, Funding> ofEnrollments(Actor actor, Collection<Enrollment> enrollments);
}
