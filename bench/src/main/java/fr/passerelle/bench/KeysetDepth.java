package fr.passerelle.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import fr.passerelle.bench.data.BoardOffers;
import fr.passerelle.bench.data.StoredCollections;
import fr.passerelle.bench.harness.CommandCounter.Commands;
import fr.passerelle.bench.harness.GlobalIds;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Latencies;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * B5: the board's keyset pages of 20 at increasing depths. Keyset pagination seeks to the cursor instead of
 * skipping the pages before it, so a deep page should cost what the first one does. Requests at each depth are
 * interleaved, so drift in the machine's load weighs on every depth alike.
 */
final class KeysetDepth {

    private static final int PAGE = 20;
    private static final double TARGET = 1.05;
    private static final String DOCUMENT = """
            query Board($after: String) {
              internshipOffers(first: 20, after: $after) {
                edges { cursor node { id title city startDate } }
                pageInfo { hasNextPage }
              }
            }""";

    private final Settings settings;

    KeysetDepth(Settings settings) {
        this.settings = settings;
    }

    Result run(RunningApp app, BoardOffers board) {
        Progress.say("B5: seeding the board up to " + settings.boardOffers() + " offers");
        board.growTo(settings.boardOffers(), settings.spread());
        Progress.say("B5: pages of " + PAGE + " at depths " + settings.depths());
        Map<Integer, Page> pages = pages(app);
        Map<Integer, Latencies> latencies = new LinkedHashMap<>();
        pages.keySet().forEach(depth -> latencies.put(depth, new Latencies()));
        for (int round = 0; round < settings.latencyWarmUp(); round++) {
            pages.values().forEach(page -> page.request().send());
        }
        for (int sample = 0; sample < settings.depthSamples(); sample++) {
            pages.forEach((depth, page) -> latencies.get(depth).time(page.request()::send));
        }
        Set<String> commands = new TreeSet<>();
        pages.values().forEach(page -> commands.add(page.commands().breakdown()));
        return result(latencies, commands);
    }

    /**
     * The request of each depth's page, checked: it starts where a reader walking every page before it would be,
     * and its commands skip nothing.
     */
    private Map<Integer, Page> pages(RunningApp app) {
        GraphQlClient learner = app.client("learner");
        var order = new BoardOrder(app);
        JsonNode firstPage = learner.query(DOCUMENT, Map.of()).get("internshipOffers");
        BoardCursor cursors = BoardCursor.learnedFrom(firstPage.at("/edges/" + (PAGE - 1) + "/cursor").asString(""),
                order.at(PAGE - 1));
        Map<Integer, Page> pages = new LinkedHashMap<>();
        for (int depth : settings.depths()) {
            int firstItem = PAGE * (depth - 1);
            Map<String, Object> variables = depth == 1 ? Map.of()
                    : Map.of("after", cursors.after(order.at(firstItem - 1)));
            requireStartsAt(learner.query(DOCUMENT, variables), order.at(firstItem), depth);
            GraphQlClient.Request request = learner.request(DOCUMENT, variables);
            Commands commands = app.commands().during(request::send);
            if (commands.anySkips()) {
                throw new IllegalStateException("Page " + depth + " skips documents: " + commands);
            }
            pages.put(depth, new Page(request, commands));
        }
        return pages;
    }

    private Result result(Map<Integer, Latencies> latencies, Set<String> commandsPerPage) {
        List<String> figures = new ArrayList<>();
        latencies.forEach((depth, series) -> figures.add(String.format(Locale.ROOT, "depth %d: %.1f ms", depth,
                series.millis(50))));
        int shallowest = settings.depths().get(0);
        int deepest = settings.depths().get(settings.depths().size() - 1);
        double ratio = latencies.get(deepest).millis(50) / latencies.get(shallowest).millis(50);
        return new Result("B5 keyset page depth",
                String.format(Locale.ROOT, "%,d offers, p50 of %d requests each: %s; ratio %d/%d %.3f. %s: %s, "
                                + "none skips", settings.boardOffers(), settings.depthSamples(),
                        String.join(", ", figures), deepest, shallowest, ratio,
                        commandsPerPage.size() == 1 ? "Same commands at every depth" : "Commands differ by depth",
                        String.join(" / ", commandsPerPage)),
                "≤ " + TARGET, Result.Verdict.of(ratio <= TARGET));
    }

    /** The page must start where a reader walking every page before it would be. */
    private static void requireStartsAt(JsonNode data, Document expected, int depth) {
        String first = data.at("/internshipOffers/edges/0/node/id").asString("");
        if (!first.equals(GlobalIds.of("InternshipOffer", expected.getString("_id")))) {
            throw new IllegalStateException("Page " + depth + " starts at " + first + " instead of offer "
                    + expected.getString("_id"));
        }
    }

    private record Page(GraphQlClient.Request request, Commands commands) {
    }

    /** The board's order read directly: which offer is at a position (setup only, never timed). */
    private static final class BoardOrder {

        private final MongoCollection<Document> offers;
        private final String today;

        BoardOrder(RunningApp app) {
            this.offers = app.bean(MongoOperations.class).getCollection(StoredCollections.OFFERS);
            this.today = PlatformCalendar.today(app.bean(Clock.class)).toString();
        }

        Document at(int position) {
            return offers.find(and(eq("status", "PUBLISHED"), gte("terms.startDate", today)))
                    .sort(Sorts.descending("listedAt", "_id"))
                    .projection(Projections.include("listedAt"))
                    .skip(position)
                    .limit(1)
                    .first();
        }
    }
}
