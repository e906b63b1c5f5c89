package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.port.out.DossierDocuments;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoDossierDocuments extends DocumentStore<DossierDocument, DossierDocumentDocument>
        implements DossierDocuments {

    MongoDossierDocuments(MongoOperations mongo, EventDocumentMapper events, DossierDocumentDocumentMapper mapper) {
        super(mongo, events, DossierDocumentDocument.class, "id", mapper::toDomain, mapper::toDocument);
    }

    /** One read; an enrollment has at most one document per kind, which bounds it. */
    @Override
    public List<DossierDocument> ofEnrollments(Collection<String> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        return find(Query.query(Criteria.where("enrollmentId").in(enrollmentIds)),
                enrollmentIds.size() * DossierDocumentKind.values().length);
    }
}
