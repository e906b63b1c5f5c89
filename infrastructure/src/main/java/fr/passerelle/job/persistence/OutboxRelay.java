package fr.passerelle.job.persistence;

import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.shared.persistence.OutboxSource;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Moves events out of aggregate outboxes into delivery jobs, one per interested subscriber. Each event is first
 * turned into its jobs (idempotent upserts), then pulled from its outbox: a crash in between only repeats the
 * upserts, so an event is never lost and never doubled, without a multi-document transaction.
 */
@Component
class OutboxRelay {

    private static final String ID = "_id";
    private static final int BATCH = 100;

    private final MongoOperations mongo;
    private final List<OutboxSource> sources;
    private final List<EventSubscriber> subscribers;
    private final EventDocumentMapper events;
    private final JobQueue queue;

    OutboxRelay(MongoOperations mongo, List<OutboxSource> sources, List<EventSubscriber> subscribers,
                EventDocumentMapper events, JobQueue queue) {
        this.mongo = mongo;
        this.sources = List.copyOf(sources);
        this.subscribers = List.copyOf(subscribers);
        this.events = events;
        this.queue = queue;
    }

    /** Relays what is waiting in every outbox, up to a batch of documents per collection; returns the count. */
    int drain() {
        int relayed = 0;
        for (OutboxSource source : sources) {
            Query pending = Query.query(Criteria.where(OutboxSource.PENDING).exists(true)).limit(BATCH);
            pending.fields().include(OutboxSource.OUTBOX);
            for (Document document : mongo.find(pending, Document.class, source.collectionName())) {
                relayed += relay(source.collectionName(), document);
            }
        }
        return relayed;
    }

    private int relay(String collection, Document document) {
        List<Document> outbox = document.getList(OutboxSource.OUTBOX, Document.class);
        for (Document stored : outbox) {
            EventDocument event = mongo.getConverter().read(EventDocument.class, stored);
            var domainEvent = events.toDomain(event);
            subscribers.stream().filter(s -> s.accepts(domainEvent)).forEach(s -> queue.enqueueDelivery(event, s.name()));
            mongo.updateFirst(Query.query(Criteria.where(ID).is(document.get(ID))),
                    new Update().pull(OutboxSource.OUTBOX, Query.query(Criteria.where(ID).is(event.id()))),
                    collection);
        }
        return outbox.size();
    }
}
