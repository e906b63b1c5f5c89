package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.crm.port.out.ContactRecords;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.shared.persistence.StoredDocument;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The reads merges need, shared by the stores of records filed on contacts (all indexed the same way). */
abstract class ContactRecordStore<T extends ContactRecord<T>, D extends StoredDocument>
        extends DocumentStore<T, D> implements ContactRecords<T> {

    ContactRecordStore(MongoOperations mongo, EventDocumentMapper events, Class<D> documentType,
                       Function<D, T> toDomain, BiFunction<T, Long, D> toDocument) {
        this(mongo, events, documentType, "id", toDomain, toDocument);
    }

    ContactRecordStore(MongoOperations mongo, EventDocumentMapper events, Class<D> documentType, String idField,
                       Function<D, T> toDomain, BiFunction<T, Long, D> toDocument) {
        super(mongo, events, documentType, idField, toDomain, toDocument);
    }

    @Override
    public List<T> findByContact(String schoolId, String contactId, int limit) {
        return limit <= 0 ? List.of() : find(Query.query(ofContact(schoolId, contactId))
                .with(Sort.by("_id")).limit(limit));
    }

    @Override
    public List<T> findMergedFrom(String schoolId, String survivorId, String mergedContactId, String afterId,
                                  int limit) {
        Criteria trail = ofContact(schoolId, survivorId).and("mergedFrom").is(mergedContactId);
        return limit <= 0 ? List.of() : find(Query.query(afterId == null ? trail : trail.and("_id").gt(afterId))
                .with(Sort.by("_id")).limit(limit));
    }

    static Criteria ofContact(String schoolId, String contactId) {
        return Criteria.where("schoolId").is(schoolId).and("contactId").is(contactId);
    }
}
