package fr.passerelle.bench;

import fr.passerelle.bench.data.BoardOffers;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Latencies;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.out.Learners;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Matching: the learner persona's (Léa's: Lyon, 30 km, automotive skills) top 20 offers among many across France,
 * over GraphQL, against a plain read of the documents the same prefilter selects. Requests alternate, so the
 * machine's drift weighs on both alike.
 */
final class MatchingLatency {

    private static final int TOP = 20;
    private static final String DOCUMENT = "{ viewer { offerMatches(first: " + TOP
            + ") { offer { id title } match { score } } } }";

    private final Settings settings;

    MatchingLatency(Settings settings) {
        this.settings = settings;
    }

    Result run(RunningApp app, BoardOffers board) {
        Progress.say("Matching: seeding " + settings.matchOffers() + " offers across France");
        board.growTo(settings.matchOffers(), settings.spread());
        Progress.say("Matching: top " + TOP + " for the learner persona, against a plain scan");
        GraphQlClient learner = app.client("learner");
        var scan = new MatchPrefilterScan(app.bean(MongoOperations.class), app.bean(Clock.class),
                profile(app, learner));
        var matching = learner.request(DOCUMENT, Map.of());
        int found = GraphQlClient.JSON.readTree(matching.send()).at("/data/viewer/offerMatches").size();
        if (found != TOP) {
            throw new IllegalStateException("Matching found " + found + " offers instead of " + TOP);
        }
        int prefiltered = scan.scan();
        for (int round = 0; round < settings.latencyWarmUp(); round++) {
            matching.send();
            scan.scan();
        }
        Latencies matches = new Latencies();
        Latencies scans = new Latencies();
        for (int sample = 0; sample < settings.matchSamples(); sample++) {
            matches.time(matching::send);
            scans.time(scan::scan);
        }
        return new Result("Matching top 20",
                String.format(Locale.ROOT, "%,d offers, %,d prefiltered; p95 of %d requests: matching %.1f ms "
                                + "(p50 %.1f), plain scan %.1f ms (p50 %.1f); ratio %.3f", settings.matchOffers(),
                        prefiltered, settings.matchSamples(), matches.millis(95), matches.millis(50), scans.millis(95),
                        scans.millis(50), matches.millis(95) / scans.millis(95)),
                "none in the issue: recorded", Result.Verdict.RECORDED);
    }

    /** The persona's own profile, read through the port from the id GraphQL gives. */
    private static Learner profile(RunningApp app, GraphQlClient learner) {
        String globalId = learner.query("{ viewer { learnerProfile { id } } }", Map.of())
                .at("/viewer/learnerProfile/id").asString("");
        String localId = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8)
                .substring("Learner:".length());
        return app.bean(Learners.class).findById(localId)
                .orElseThrow(() -> new IllegalStateException("The learner persona has no profile: demo data off?"));
    }
}
