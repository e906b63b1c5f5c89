package fr.passerelle.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.size;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import fr.passerelle.bench.data.StoredCollections;
import fr.passerelle.learner.model.CareerPreferences.Mobility;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.shared.model.GeoBox;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.util.ArrayList;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The matching benchmark's baseline: the documents matching prefilters for a learner, read as they are — the same
 * query as the application's (published and not started, meant for the learner's school or for everyone, remote or
 * inside the box around the home base, at most as many as it scores) and the same projection (the fields
 * eligibility and scoring weigh), without mapping, eligibility or scoring.
 */
final class MatchPrefilterScan {

    /** The application's {@code MatchService}: at most this many prefiltered offers are scored... */
    private static final int CANDIDATES_SCORED = 5_000;
    /** ...and its box reaches twice the learner's radius (where distance still earns points). */
    private static final int BOX_RADIUS_FACTOR = 2;

    /** The application's projection ({@code OfferMatchTerms}): a fair scan reads what matching needs, no more. */
    private static final Bson PROJECTION = include("status", "terms.startDate", "terms.endDate", "terms.workMode",
            "terms.location", "terms.requiredSkills", "terms.niceToHaveSkills", "terms.specialisations",
            "terms.languages", "terms.targetSchoolIds", "terms.targetProgramCodes");

    private final MongoCollection<Document> offers;
    private final Bson prefilter;

    MatchPrefilterScan(MongoOperations mongo, Clock clock, Learner learner) {
        this.offers = mongo.getCollection(StoredCollections.OFFERS);
        Mobility mobility = learner.career().mobility();
        if (mobility == null || mobility.homeBase() == null || mobility.radiusKm() == null
                || mobility.willingToRelocate()) {
            throw new IllegalStateException("The matched learner needs a home base and a radius they keep to");
        }
        GeoBox box = GeoBox.around(mobility.homeBase(), (double) mobility.radiusKm() * BOX_RADIUS_FACTOR);
        String schoolId = learner.academic().schoolId();
        this.prefilter = and(
                eq("status", "PUBLISHED"),
                gte("terms.startDate", PlatformCalendar.today(clock).toString()),
                schoolId == null ? size("terms.targetSchoolIds", 0)
                        : or(size("terms.targetSchoolIds", 0), eq("terms.targetSchoolIds", schoolId)),
                or(eq("terms.workMode", "REMOTE"), and(
                        gte("terms.location.latitude", box.minLatitude()),
                        lte("terms.location.latitude", box.maxLatitude()),
                        gte("terms.location.longitude", box.minLongitude()),
                        lte("terms.location.longitude", box.maxLongitude()))));
    }

    /** Reads every prefiltered document; returns how many there were. */
    int scan() {
        return offers.find(prefilter).projection(PROJECTION).limit(CANDIDATES_SCORED).into(new ArrayList<>()).size();
    }
}
