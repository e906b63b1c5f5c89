package fr.passerelle.enrollment.port.in;

import fr.passerelle.crm.port.in.ContactDocumentUseCases;
import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierDocumentState;
import fr.passerelle.enrollment.model.DossierRejectReason;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.membership.model.Actor;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An enrollment's dossier: the learner (their own) or admissions upload its documents, admissions accept or reject
 * them; whoever reads the enrollment (finance too) reads the dossier and downloads its files. Anyone else is told the
 * enrollment does not exist.
 */
public interface DossierUseCases {

    /** The largest file accepted: the CRM's documents' limit, the same scans. */
    int MAX_BYTES = ContactDocumentUseCases.MAX_BYTES;

    /**
     * Uploads a PDF, PNG or JPEG (recognised by its content) of at most {@link #MAX_BYTES} as the enrollment's
     * document of that kind, replacing the previous file and returning it to review; the same bytes again change
     * nothing.
     *
     * @param statedExpiry the expiry date printed on an identity document, if the learner gives it
     */
    DossierDocument upload(Actor actor, String enrollmentId, DossierDocumentKind kind, byte[] content,
                           LocalDate statedExpiry);

    DossierDocument accept(Actor actor, String enrollmentId, DossierDocumentKind kind, LocalDate expiresOn,
                           Long expectedVersion);

    DossierDocument reject(Actor actor, String enrollmentId, DossierDocumentKind kind, DossierRejectReason reason,
                           String comment, Long expectedVersion);

    /**
     * The current file of the document, or empty when there is none or the actor may not read the enrollment.
     *
     * @throws fr.passerelle.shared.error.ForbiddenException for staff who read the enrollment but not its documents
     *                                                        (finance)
     */
    Optional<DossierDownload> download(Actor actor, String enrollmentId, DossierDocumentKind kind);

    /**
     * The dossiers of enrollments the actor may read (the others are absent), reading their documents at once. Finance
     * get {@code complete} only ({@code required} empty): they have no need to know identity documents.
     */
    Map<String, Dossier> dossiers(Actor actor, Collection<Enrollment> enrollments);

    /** A document's current file and its bytes. */
    record DossierDownload(DossierDocument document, byte[] content) {
    }

    /** What an enrollment's dossier requires and where each stands. */
    record Dossier(List<DossierItem> required, boolean complete) {
    }

    /**
     * One required kind and its document, if uploaded ({@code state} is null when it is missing); an accepted document
     * past its last valid day reads as expired even before its expiry reminder fired.
     */
    record DossierItem(DossierDocumentKind kind, DossierDocument document, DossierDocumentState state) {
    }
}
