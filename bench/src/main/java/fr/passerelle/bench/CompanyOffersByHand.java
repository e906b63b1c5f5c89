package fr.passerelle.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import fr.passerelle.bench.data.StoredCollections;
import fr.passerelle.bench.harness.GlobalIds;
import fr.passerelle.shared.model.PlatformCalendar;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * B3's baseline: {@link CompanyOffersQuery}'s answer written by hand. The same driver reads as the application's
 * batched path — the company's page of offers (same filter, order and one-extra limit), one aggregation for every
 * offer's first applications, one {@code $in} read of their learners — and the same JSON, streamed with the same
 * Jackson. No HTTP, no token, no GraphQL: what is left is what those cost.
 */
final class CompanyOffersByHand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int APPLICATIONS = 10;
    private static final String ITEMS = "items";

    private final MongoCollection<Document> offers;
    private final MongoCollection<Document> applications;
    private final MongoCollection<Document> learners;
    private final Clock clock;

    CompanyOffersByHand(MongoOperations mongo, Clock clock) {
        this.offers = mongo.getCollection(StoredCollections.OFFERS);
        this.applications = mongo.getCollection(StoredCollections.APPLICATIONS);
        this.learners = mongo.getCollection(StoredCollections.LEARNERS);
        this.clock = clock;
    }

    byte[] respond(String companyId, int first) {
        List<Document> page = offers.find(and(eq("companyId", companyId), everyStatus()))
                .sort(Sorts.descending("listedAt", "_id"))
                .limit(first + 1)
                .into(new ArrayList<>());
        if (page.size() > first) {
            page.remove(first);
        }
        Map<String, List<Document>> applicationsByOffer = firstApplications(page.stream()
                .map(offer -> offer.getString("_id")).toList());
        Set<String> learnerIds = new LinkedHashSet<>();
        applicationsByOffer.values().forEach(list -> list.forEach(a -> learnerIds.add(a.getString("learnerId"))));
        Map<String, Document> learnersById = new HashMap<>();
        learners.find(in("_id", learnerIds)).forEach(learner -> learnersById.put(learner.getString("_id"), learner));
        return write(page, applicationsByOffer, learnersById);
    }

    /**
     * Every status as of today, as the application asks for the company's own lists: a published offer whose start
     * passed counts as expired, so the filter has the same branches as the application's.
     */
    private Bson everyStatus() {
        String today = PlatformCalendar.today(clock).toString();
        return or(in("status", "DRAFT", "FILLED", "CLOSED"),
                and(eq("status", "PUBLISHED"), gte("terms.startDate", today)),
                eq("status", "EXPIRED"),
                and(eq("status", "PUBLISHED"), lt("terms.startDate", today)));
    }

    private Map<String, List<Document>> firstApplications(List<String> offerIds) {
        Map<String, List<Document>> byOffer = new HashMap<>();
        applications.aggregate(List.of(
                Aggregates.match(in("offerId", offerIds)),
                Aggregates.sort(Sorts.descending("createdAt", "_id")),
                Aggregates.group("$offerId", Accumulators.push(ITEMS, "$$ROOT")),
                Aggregates.project(Projections.computed(ITEMS,
                        new Document("$slice", List.of("$" + ITEMS, APPLICATIONS + 1))))))
                .forEach(group -> {
                    List<Document> items = group.getList(ITEMS, Document.class);
                    byOffer.put(group.getString("_id"), items.subList(0, Math.min(items.size(), APPLICATIONS)));
                });
        return byOffer;
    }

    private static byte[] write(List<Document> page, Map<String, List<Document>> applicationsByOffer,
                                Map<String, Document> learnersById) {
        var out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("data");
            json.writeStartObject();
            json.writeName("node");
            json.writeStartObject();
            json.writeName("offers");
            json.writeStartObject();
            json.writeName("edges");
            json.writeStartArray();
            for (Document offer : page) {
                String offerId = offer.getString("_id");
                json.writeStartObject();
                json.writeName("node");
                json.writeStartObject();
                json.writeStringProperty("id", GlobalIds.of("InternshipOffer", offerId));
                json.writeStringProperty("title", offer.get("terms", Document.class).getString("title"));
                json.writeName("applications");
                json.writeStartObject();
                json.writeName("edges");
                json.writeStartArray();
                for (Document application : applicationsByOffer.getOrDefault(offerId, List.of())) {
                    writeApplication(json, application, learnersById.get(application.getString("learnerId")));
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeApplication(JsonGenerator json, Document application, Document learner) {
        json.writeStartObject();
        json.writeName("node");
        json.writeStartObject();
        json.writeStringProperty("id", GlobalIds.of("Application", application.getString("_id")));
        json.writeStringProperty("status", application.getString("status"));
        json.writeStringProperty("createdAt", application.get("createdAt", Date.class).toInstant().toString());
        json.writeName("learner");
        if (learner == null) {
            json.writeNull();
        } else {
            Document identity = learner.get("identity", Document.class);
            json.writeStartObject();
            json.writeStringProperty("id", GlobalIds.of("Learner", learner.getString("_id")));
            json.writeStringProperty("firstName", identity.getString("firstName"));
            json.writeStringProperty("lastName", identity.getString("lastName"));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
