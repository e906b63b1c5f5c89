package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoFollowUps extends DocumentStore<InternshipFollowUp, InternshipFollowUpDocument>
        implements InternshipFollowUps {

    /** A follow-up has its agreement's id: a taken id is an agreement whose follow-up is already open. */
    private static final String UNIQUE_KEY = "agreementId";

    MongoFollowUps(MongoOperations mongo, EventDocumentMapper events, InternshipFollowUpDocumentMapper mapper) {
        super(mongo, events, InternshipFollowUpDocument.class, UNIQUE_KEY, mapper::toDomain, mapper::toDocument);
    }

    @Override
    public Optional<InternshipFollowUp> findByLinkTokenSha256(String tokenSha256) {
        return findOne(Query.query(Criteria.where("evaluations.link.tokenSha256").is(tokenSha256)));
    }
}
