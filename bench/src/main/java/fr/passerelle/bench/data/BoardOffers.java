package fr.passerelle.bench.data;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import fr.passerelle.bench.harness.RunningApp;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Many published offers of the bench company on the board, fast. One offer of each template goes through the
 * domain's port like any offer; the others are copies of those stored documents with their own id, publication
 * time, place and work mode, inserted a thousand at a time. (Through the port, 100,000 offers take minutes on the
 * embedded server.) A copy is what the port would have stored for that offer, derived fields included, except
 * that its outbox does not hold a creation event: nothing relays events here (jobs are off).
 */
public final class BoardOffers {

    private static final int BATCH = 1_000;
    private static final String CREATOR = "system:bench";

    private final RunningApp app;
    private final MongoCollection<Document> collection;
    private final Instant newest;
    /** Fixed, so every run seeds the same offers. */
    private final Random random = new Random(4);
    private final List<Document> templates = new ArrayList<>();
    private int count;

    public BoardOffers(RunningApp app) {
        this.app = app;
        this.collection = app.bean(MongoOperations.class).getCollection(StoredCollections.OFFERS);
        this.newest = app.bean(Clock.class).instant();
    }

    /** Adds offers placed by {@code spread} until the bench has seeded {@code total}. */
    public void growTo(int total, Spread spread) {
        while (count < total && templates.size() < OfferTemplates.VARIANTS) {
            templates.add(template(spread.next(random)));
        }
        List<Document> batch = new ArrayList<>(BATCH);
        while (count < total) {
            batch.add(copy(templates.get(count % templates.size()), spread.next(random)));
            if (batch.size() == BATCH || count == total) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
    }

    /**
     * One more offer published through the port, its creation event in its outbox (background work for the relay
     * when jobs run).
     */
    public void publishOne(Spread spread) {
        synchronized (this) {
            publish(spread.next(random));
        }
    }

    private Document template(Spread.Place place) {
        return collection.find(Filters.eq("_id", publish(place))).first();
    }

    private String publish(Spread.Place place) {
        Instant listedAt = listedAt();
        InternshipOffer offer = InternshipOffer.draft(id(), BenchCompany.ID, OfferTemplates.terms(count,
                        PlatformCalendar.dayOf(newest), BenchCompany.SITE_ID, place.location(), BenchCompany.CITY,
                        place.workMode()), CREATOR, listedAt)
                .published(PlatformCalendar.dayOf(newest), listedAt);
        // The company named as the application's offer service names it: webhooks route the event by it.
        app.bean(InternshipOffers.class).insert(offer, app.bean(EventFactory.class)
                .created(OfferEvents.CREATED, Initiator.system(), offer,
                        Map.of("company", Tenant.company(BenchCompany.ID).key())));
        count++;
        return offer.id();
    }

    private Document copy(Document template, Spread.Place place) {
        Date listedAt = Date.from(listedAt());
        Document terms = new Document(required(template, "terms", Document.class));
        required(terms, "location", Document.class);
        terms.put("location", new Document("latitude", place.location().latitude())
                .append("longitude", place.location().longitude()));
        terms.put("workMode", place.workMode().name());
        Document copy = new Document(template);
        copy.put("_id", id());
        copy.put("terms", terms);
        for (String time : List.of("createdAt", "updatedAt", "publishedAt", "listedAt")) {
            required(copy, time, Date.class);
            copy.put(time, listedAt);
        }
        copy.remove("outbox");
        count++;
        return copy;
    }

    /** A second apart, newest first in the order seeded. */
    private Instant listedAt() {
        return newest.minusSeconds(count);
    }

    private String id() {
        return String.format("bench-board-%06d", count);
    }

    /** Fails when the stored shape changed under the bench, rather than seeding offers the application misreads. */
    private static <T> T required(Document document, String key, Class<T> type) {
        T value = document.get(key, type);
        if (value == null) {
            throw new IllegalStateException("stored offers have no " + type.getSimpleName() + " field " + key
                    + " any more: update " + BoardOffers.class.getSimpleName());
        }
        return value;
    }
}
