package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoFundings extends DocumentStore<Funding, FundingDocument> implements Fundings {

    MongoFundings(MongoOperations mongo, EventDocumentMapper events, FundingDocumentMapper mapper) {
        super(mongo, events, FundingDocument.class, "id", mapper::toDomain, mapper::toDocument);
    }

    @Override
    public List<Funding> findByFunderReference(String reference, int limit) {
        return find(Query.query(Criteria.where("plan.lines.funderReference").is(reference)), limit);
    }
}
