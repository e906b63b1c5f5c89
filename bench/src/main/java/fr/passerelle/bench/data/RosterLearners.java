package fr.passerelle.bench.data;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import fr.passerelle.bench.harness.RunningApp;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Many learners on one school's roster, fast: copies of a learner the demo data stored for that school, each with
 * its own id, name and sort keys, and without what must stay unique (account, enrolment) or is pending work
 * (outbox). Inserted a thousand at a time, like {@link BoardOffers}.
 */
public final class RosterLearners {

    private static final int BATCH = 1_000;

    private final MongoCollection<Document> collection;
    private final Document template;
    private int count;

    public RosterLearners(RunningApp app, String schoolId) {
        this.collection = app.bean(MongoOperations.class).getCollection(StoredCollections.LEARNERS);
        this.template = collection.find(Filters.eq("academic.schoolId", schoolId)).first();
        if (template == null) {
            throw new IllegalStateException("No learner of " + schoolId + " to copy: demo data off?");
        }
    }

    /** Adds learners to the school until the bench has seeded {@code total}. */
    public void growTo(int total) {
        List<Document> batch = new ArrayList<>(BATCH);
        while (count < total) {
            batch.add(copy());
            if (batch.size() == BATCH || count == total) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
    }

    private Document copy() {
        String name = String.format("bench%06d", count);
        Document copy = new Document(template);
        copy.put("_id", "bench-roster-" + name);
        copy.put("nameKey", name);
        Document identity = new Document(template.get("identity", Document.class));
        identity.put("lastName", name);
        identity.put("email", name + "@eleves.example.fr");
        copy.put("identity", identity);
        for (String unique : List.of("subject", "enrolmentKey", "outbox")) {
            copy.remove(unique);
        }
        count++;
        return copy;
    }
}
