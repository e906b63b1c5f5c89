package fr.passerelle.privacy.persistence;

import fr.passerelle.privacy.model.DataSubjectRequest;
import fr.passerelle.privacy.port.out.DataSubjectRequests;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoDataSubjectRequests extends DocumentStore<DataSubjectRequest, DataSubjectRequestDocument>
        implements DataSubjectRequests {

    MongoDataSubjectRequests(MongoOperations mongo, EventDocumentMapper events) {
        super(mongo, events, DataSubjectRequestDocument.class, "id", DataSubjectRequestDocument::toDomain,
                DataSubjectRequestDocument::of);
    }

    @Override
    public List<DataSubjectRequest> ofPerson(String subject, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return find(Query.query(Criteria.where("person").is(subject))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit));
    }
}
