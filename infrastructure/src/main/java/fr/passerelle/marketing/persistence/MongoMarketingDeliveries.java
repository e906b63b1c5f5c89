package fr.passerelle.marketing.persistence;

import fr.passerelle.marketing.model.MarketingDelivery;
import fr.passerelle.marketing.port.out.MarketingDeliveries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoMarketingDeliveries implements MarketingDeliveries {

    static final String COLLECTION = "marketing_deliveries";
    private static final String SUBJECT = "subject";

    private final MongoOperations mongo;

    MongoMarketingDeliveries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(MarketingDelivery delivery) {
        try {
            mongo.insert(new MarketingDeliveryDocument(delivery.id(), delivery.campaign(), delivery.subject(),
                    delivery.outcome(), delivery.at()));
        } catch (DuplicateKeyException first) {
            // The first outcome stands.
        }
    }

    @Override
    public Optional<MarketingDelivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MarketingDeliveryDocument.class))
                .map(MongoMarketingDeliveries::toDomain);
    }

    @Override
    public List<MarketingDelivery> ofSubject(String subject, int limit) {
        return mongo.find(Query.query(Criteria.where(SUBJECT).is(subject)).with(Sort.by(Sort.Order.desc("at")))
                .limit(limit), MarketingDeliveryDocument.class).stream().map(MongoMarketingDeliveries::toDomain).toList();
    }

    @Override
    public int deleteOfSubject(String subject) {
        return (int) mongo.remove(Query.query(Criteria.where(SUBJECT).is(subject)), MarketingDeliveryDocument.class)
                .getDeletedCount();
    }

    @Override
    public int deleteBefore(Instant before) {
        return (int) mongo.remove(Query.query(Criteria.where("at").lt(before)), MarketingDeliveryDocument.class)
                .getDeletedCount();
    }

    private static MarketingDelivery toDomain(MarketingDeliveryDocument document) {
        return new MarketingDelivery(document.id(), document.campaign(), document.subject(), document.outcome(),
                document.at());
    }
}
