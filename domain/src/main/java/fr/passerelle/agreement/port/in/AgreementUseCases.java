package fr.passerelle.agreement.port.in;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.TermDivergence;
import fr.passerelle.agreement.rules.MonthlyContributions;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Internship agreements, from draft to the end of the internship. The school's staff write, validate and send them;
 * each signatory signs their turn; amendments change a signed one. Someone else's agreement and a missing one look
 * the same (NotFoundException).
 */
public interface AgreementUseCases {

    /** A draft for an accepted application: the intern, school and host come from it. */
    Agreement createFromApplication(Actor actor, String applicationId, AgreementDraft draft);

    /** A draft for an internship found outside the platform: the school's learner, any host. */
    Agreement createDirect(Actor actor, String learnerId, String companyId, AgreementDraft draft);

    /**
     * What {@link #createFromApplication} would answer, every rule run and nothing stored (a dry run). Authorised as
     * creating is: someone else's application and a missing one are both not found.
     */
    DraftCheck checkFromApplication(Actor actor, String applicationId, AgreementDraft draft);

    /** What {@link #createDirect} would answer, every rule run and nothing stored, authorised as creating is. */
    DraftCheck checkDirect(Actor actor, String learnerId, String companyId, AgreementDraft draft);

    /**
     * The learner's earlier agreements with the same host whose gratification {@code agreement} made mandatory (L124-6),
     * those the actor may read; their parties are told (notification {@code AGREEMENT_GRATIFICATION_NOW_DUE}).
     */
    List<Agreement> gratificationsMadeDue(Actor actor, Agreement agreement);

    Agreement edit(Actor actor, String agreementId, Long expectedVersion, AgreementDraft draft);

    /** To the school's pedagogical check. */
    Agreement submit(Actor actor, String agreementId);

    Agreement returnToDraft(Actor actor, String agreementId);

    /** The school validates: the PDF is generated, archived, and sent round the circuit. */
    Agreement sendForSignature(Actor actor, String agreementId);

    /**
     * An electronic signature by the signatory (or their delegate) signed in, of the document they saw.
     *
     * @param amendmentId null to sign the agreement, else its open amendment
     */
    Agreement sign(Actor actor, String agreementId, String amendmentId, String signatoryId, String documentSha256);

    /**
     * A signature done on paper, recorded by the school's staff with the scanned copy: a PDF, PNG or JPEG file, as
     * its content shows ({@link fr.passerelle.agreement.model.ScanFormat}); anything else is refused.
     */
    Agreement recordPaperSignature(Actor actor, String agreementId, String amendmentId, String signatoryId,
                                   byte[] scan);

    Agreement delegate(Actor actor, String agreementId, String signatoryId, Signatory.Delegate delegate);

    Agreement start(Actor actor, String agreementId);

    Agreement complete(Actor actor, String agreementId);

    /**
     * @param lastDay    the internship's last day; null for today (within the period, not after today)
     * @param initiative whose decision it was; null when not stated (the next intern's waiting period stays a warning)
     */
    Agreement interrupt(Actor actor, String agreementId, String reason, LocalDate lastDay,
                        InterruptionInitiative initiative);

    Agreement cancel(Actor actor, String agreementId);

    /** New terms for a signed agreement, sent round the agreement's circuit as their own document. */
    Agreement proposeAmendment(Actor actor, String agreementId, String reason, AgreementDraft.TermsDraft terms);

    Agreement withdrawAmendment(Actor actor, String agreementId, String amendmentId);

    Optional<Agreement> find(Actor actor, String agreementId);

    List<Agreement> findAll(Actor actor, Collection<String> agreementIds);

    /**
     * Where each agreement's terms in force depart from the offer its learner accepted (dates, weekly hours, stipend,
     * site, tutor), by agreement id, for the agreements the actor may read; an agreement not made from an
     * application, or whose offer is gone, has none. A constant number of reads whatever the number of agreements.
     */
    Map<String, List<TermDivergence>> divergences(Actor actor, Collection<Agreement> agreements);

    /** The agreements the actor may see, newest first; only one learner's when {@code learnerId} is set. */
    Page<Agreement> list(Actor actor, Set<AgreementStatus> statuses, String learnerId, Paging paging);

    /** The legal rules applied to readable agreements' terms in force, by agreement id, in a constant number of reads. */
    Map<String, RulesReport> rules(Collection<Agreement> agreements);

    /** The exempt and subject parts of these terms' gratification for the host's payroll, month by month. */
    List<MonthlyContributions> contributions(AgreementTerms terms);

    /** The PDF of a version sent for signature (the current one when null). */
    Optional<ArchivedDocument> document(Actor actor, String agreementId, Integer documentVersion);

    Optional<ArchivedDocument> amendmentDocument(Actor actor, String agreementId, int number);

    /** The scanned copy of a paper signature, by its hash. */
    Optional<ArchivedDocument> scan(Actor actor, String agreementId, String scanSha256);

    /** Whether the actor may act for the school on this agreement (write, validate, record paper signatures). */
    boolean actsForSchool(Actor actor, Agreement agreement);

    /** Whether the actor is who signs for the signatory (themself, or their delegate). */
    boolean signsAs(Actor actor, Signatory signatory);
}
