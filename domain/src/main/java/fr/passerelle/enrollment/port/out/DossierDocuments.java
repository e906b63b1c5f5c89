package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;

/** Where dossier documents are kept (one document each, collection {@code enrollmentDocuments}). */
public interface DossierDocuments extends AggregateStore<DossierDocument> {

    /** Every document of these enrollments, in one read (a page of enrollments shows its dossiers at once). */
    List<DossierDocument> ofEnrollments(Collection<String> enrollmentIds);
}
