package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.PaymentAccount;
import fr.passerelle.enrollment.port.out.PaymentAccounts;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPaymentAccounts extends DocumentStore<PaymentAccount, PaymentAccountDocument> implements PaymentAccounts {

    MongoPaymentAccounts(MongoOperations mongo, EventDocumentMapper events, PaymentDocumentMapper mapper) {
        super(mongo, events, PaymentAccountDocument.class, "id", mapper::toDomain, mapper::toDocument);
    }

    @Override
    public Optional<PaymentAccount> findByProviderId(String providerId) {
        return findOne(Query.query(Criteria.where("attempts.providerId").is(providerId)));
    }
}
