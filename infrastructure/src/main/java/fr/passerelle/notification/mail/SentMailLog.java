package fr.passerelle.notification.mail;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The keys of the mails a stream has handed to SMTP (key and time only), so a retried job does not mail twice. A crash
 * between handing a mail over and recording it sends it again on retry: at least once, like SMTP itself.
 */
public final class SentMailLog {

    private final MongoOperations mongo;
    private final Clock clock;
    private final String collection;

    public SentMailLog(MongoOperations mongo, Clock clock, String collection) {
        this.mongo = mongo;
        this.clock = clock;
        this.collection = collection;
    }

    /** Runs {@code send} unless a mail with this key was already sent, then records the key. */
    public void sendOnce(String key, Runnable send) {
        Query sent = Query.query(Criteria.where("_id").is(key));
        if (mongo.exists(sent, collection)) {
            return;
        }
        send.run();
        mongo.upsert(sent, new Update().set("sentAt", clock.instant()), collection);
    }
}
