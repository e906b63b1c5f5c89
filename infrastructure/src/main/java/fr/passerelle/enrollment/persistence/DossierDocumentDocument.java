package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierDocumentState;
import fr.passerelle.enrollment.model.DossierFile;
import fr.passerelle.enrollment.model.DossierRejection;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored dossier document: its review and its files' descriptions (the bytes are in the file store under
 * {@code file.key}). Read by enrollment (a page of enrollments' dossiers at once) and by school and state (the
 * retention of identity documents).
 */
@Document("enrollmentDocuments")
@CompoundIndexes({
        @CompoundIndex(name = "by_enrollment", def = "{'enrollmentId': 1, 'kind': 1}"),
        @CompoundIndex(name = "by_school_state", def = "{'schoolId': 1, 'state': 1, '_id': 1}")})
record DossierDocumentDocument(@Id String id, String schoolId, String enrollmentId, DossierDocumentKind kind,
                               DossierDocumentState state, DossierFile file, LocalDate expiresOn,
                               DossierRejection rejection, String reviewedBy, Instant reviewedAt,
                               List<DossierFile> previous, long version) implements StoredDocument {
}
