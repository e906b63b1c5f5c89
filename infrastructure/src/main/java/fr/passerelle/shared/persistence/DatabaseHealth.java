package fr.passerelle.shared.persistence;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The database's part of readiness: a {@code ping} on Passerelle's database. Replaces Boot's Mongo indicator (same
 * bean name, so it backs off), whose {@code hello} command the embedded server does not implement; {@code ping}
 * works on both the embedded server and a real replica set.
 */
@Component("mongoHealthContributor")
class DatabaseHealth extends AbstractHealthIndicator {

    private final MongoOperations mongo;

    DatabaseHealth(MongoOperations mongo) {
        super("Database ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongo.executeCommand(new Document("ping", 1));
        builder.status(reply.get("ok") instanceof Number ok && ok.doubleValue() == 1.0 ? "UP" : "DOWN");
    }
}
