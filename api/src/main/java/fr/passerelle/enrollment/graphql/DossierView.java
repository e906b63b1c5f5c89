package fr.passerelle.enrollment.graphql;

import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierRejection;
import fr.passerelle.enrollment.port.in.DossierUseCases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GraphQL {@code Dossier}. */
record DossierView(List<ItemView> required, boolean complete) {

    static final String MISSING = "MISSING";

    static DossierView of(String enrollmentGlobalId, DossierUseCases.Dossier dossier) {
        return new DossierView(dossier.required().stream()
                .map(item -> ItemView.of(enrollmentGlobalId, item)).toList(), dossier.complete());
    }

    /** GraphQL {@code DossierItem}. */
    record ItemView(DossierDocumentKind kind, String state, LocalDate expiresOn, FileView file,
                    DossierRejection rejection, Instant reviewedAt, int previousVersions, Long version,
                    String downloadPath) {

        static ItemView of(String enrollmentGlobalId, DossierUseCases.DossierItem item) {
            DossierDocument document = item.document();
            if (document == null) {
                return new ItemView(item.kind(), MISSING, null, null, null, null, 0, null, null);
            }
            return new ItemView(item.kind(), item.state().name(), document.expiresOn(),
                    new FileView(document.file().contentType(), document.file().size(), document.file().sha256(),
                            document.file().uploadedAt()), document.rejection(), document.reviewedAt(),
                    document.previous().size(), document.version(), path(enrollmentGlobalId, item.kind()));
        }

        /** A document just changed by a mutation (its state as stored). */
        static ItemView of(String enrollmentGlobalId, DossierDocument document) {
            return of(enrollmentGlobalId, new DossierUseCases.DossierItem(document.kind(), document,
                    document.state()));
        }
    }

    /** GraphQL {@code DossierFile}. */
    record FileView(String contentType, long size, String sha256, Instant uploadedAt) {
    }

    /** Where the REST controller serves the document's current file. */
    static String path(String enrollmentGlobalId, DossierDocumentKind kind) {
        return "/enrollments/" + enrollmentGlobalId + "/documents/" + kind.name();
    }
}
