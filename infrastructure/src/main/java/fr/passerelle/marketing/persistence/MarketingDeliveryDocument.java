package fr.passerelle.marketing.persistence;

import fr.passerelle.marketing.model.MarketingDelivery;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One marketing send or suppression, keyed {@code <campaign>/<subject>}. */
@Document(MongoMarketingDeliveries.COLLECTION)
@CompoundIndex(name = "subject_recent", def = "{'subject': 1, 'at': -1}")
record MarketingDeliveryDocument(@Id String id, String campaign, String subject, MarketingDelivery.Outcome outcome,
                                 @Indexed Instant at) {
}
