package fr.passerelle.enrollment.port.in;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.membership.model.Actor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The training contract of an enrollment: staff send it once the dossier is complete and the funding secured, each
 * signatory signs in turn, the last signature starts the withdrawal period. Who may see an enrollment sees its
 * contract ({@link fr.passerelle.enrollment.service.EnrollmentAccess}); a signatory who is not a reader of the
 * enrollment (the company's representative) reaches the contract they sign only. Someone else's and a missing one
 * look the same.
 */
public interface ContractUseCases {

    /** Generates, keeps and sends the contract's next version. */
    TrainingContract send(Actor actor, String enrollmentId, ContractSending sending);

    /** The electronic signature of the signatory signed in (or whose verified e-mail it is), of the PDF they saw. */
    TrainingContract sign(Actor actor, String enrollmentId, String signatoryId, String documentSha256);

    Optional<TrainingContract> find(Actor actor, String enrollmentId);

    /** The contracts of the enrollments the actor may read, by enrollment id: one read for a page of them. */
    Map<String, TrainingContract> findForEnrollments(Actor actor, Collection<String> enrollmentIds);

    /**
     * The contract's PDF: a version sent (the current one when null), or, once signed, its sealed original when
     * {@code version} is null.
     */
    Optional<ArchivedDocument> document(Actor actor, String enrollmentId, Integer version);
}
