package fr.passerelle.agreement.port.in;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.EvaluationLink;
import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.model.Objective;
import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up of a signed internship: its schedule, objectives, the tutor's evaluations through links, the final
 * report, the ECTS credits and the certificate. Readable by whoever reads the agreement.
 */
public interface FollowUpUseCases {

    Optional<InternshipFollowUp> find(Actor actor, String agreementId);

    /** The follow-ups of readable agreements, by agreement id. */
    Map<String, InternshipFollowUp> findAll(Actor actor, Collection<String> agreementIds);

    /** A step marked done, moved or cancelled, with notes: the school's staff, or the host for the tutor's steps. */
    InternshipFollowUp updateItem(Actor actor, String agreementId, FollowUpKind kind, ItemUpdate update);

    InternshipFollowUp setObjectives(Actor actor, String agreementId, List<String> objectives);

    /**
     * A new single-use link to the evaluation form, mailed to the tutor and returned once (only its hash is kept);
     * the previous link of that evaluation stops working. Reminders go out 3 days and 1 day before the deadline.
     */
    IssuedLink issueEvaluationLink(Actor actor, String agreementId, EvaluationKind kind);

    InternshipFollowUp revokeEvaluationLink(Actor actor, String agreementId, EvaluationKind kind);

    /** The form a link opens, while the link is live and its evaluation not given; empty otherwise. */
    Optional<EvaluationForm> evaluationForm(String token);

    /** Gives the evaluation through the link, which is then used up; empty when the link does not open a form. */
    Optional<EvaluationForm> submitEvaluation(String token, List<ObjectiveRating> ratings, String comment,
                                              boolean cosignReport);

    InternshipFollowUp submitReport(Actor actor, String agreementId, String summary);

    /** The tutor, signed in as a member of the host, co-signs the final report. */
    InternshipFollowUp cosignReport(Actor actor, String agreementId);

    InternshipFollowUp validateEcts(Actor actor, String agreementId, int credits);

    /** The certificate, once the internship ended: the presence counted, the gratification the host paid. */
    InternshipFollowUp issueAttestation(Actor actor, String agreementId, Money gratificationPaid);

    Optional<ArchivedDocument> attestation(Actor actor, String agreementId);

    /** A change to a follow-up step; null fields keep their value, except notes, which are replaced. */
    record ItemUpdate(FollowUpItem.Status status, LocalDate dueOn, LocalDate doneOn, String notes) {
    }

    /**
     * What issuing gave: a link just issued, its token shown this once; or, when a live link of that evaluation was
     * issued to the same tutor moments ago (a retried or doubled request), that link kept as it was: nothing issued,
     * nothing mailed, and no token to show, since only its hash is kept.
     *
     * @param token         the new link's token; null when a recent link was kept
     * @param url           the form's address the tutor received, with the token; null when a recent link was kept
     * @param mailed        whether the mail to the tutor was handed over; if not, pass the link on yourself (false
     *                      when a recent link was kept: this call mailed nothing)
     * @param alreadyIssued the recent link kept; null when this call issued a new one
     */
    record IssuedLink(InternshipFollowUp followUp, EvaluationKind kind, String token, String url, Instant expiresAt,
                      boolean mailed, EvaluationLink alreadyIssued) {
    }

    /**
     * Exactly what the tutor's form shows: this evaluation, the internship it is about, its objectives, and for the
     * final one the intern's report to co-sign. Nothing else of the agreement or the intern.
     */
    record EvaluationForm(EvaluationKind kind, String learnerName, String companyName, String schoolName,
                          String tutorName, LocalDate start, LocalDate end, LocalDate dueOn,
                          List<Objective> objectives, String reportSummary,
                          boolean submitted, Instant expiresAt) {
    }
}
