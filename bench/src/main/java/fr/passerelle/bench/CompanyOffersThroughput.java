package fr.passerelle.bench;

import fr.passerelle.bench.data.BenchCompany;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Load;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import java.time.Clock;
import java.util.Locale;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * B3: throughput of {@link CompanyOffersQuery} through GraphQL over HTTP against {@link CompanyOffersByHand}, with
 * the same client threads, in alternating windows.
 */
final class CompanyOffersThroughput {

    private static final double TARGET = 0.65;

    private final Settings settings;

    CompanyOffersThroughput(Settings settings) {
        this.settings = settings;
    }

    Result run(RunningApp app) {
        int offers = settings.throughputOffers();
        Progress.say("B3: GraphQL against hand-written, N = " + offers + ", " + settings.threads() + " threads");
        GraphQlClient advisor = app.client(CompanyOffersQuery.PERSONA);
        var request = advisor.request(CompanyOffersQuery.DOCUMENT, CompanyOffersQuery.variables(offers));
        var byHand = new CompanyOffersByHand(app.bean(MongoOperations.class), app.bean(Clock.class));
        requireSameAnswer(request.send(), byHand.respond(BenchCompany.ID, offers));
        Load.Comparison throughput = new Load(settings.threads()).compare(settings.maxWarmUp(), settings.window(),
                settings.rounds(), request::send, () -> byHand.respond(BenchCompany.ID, offers));
        return new Result("B3 GraphQL / hand-written",
                String.format(Locale.ROOT, "N=%d, %d threads: GraphQL %.1f req/s, hand-written %.1f req/s, ratio %.3f",
                        offers, settings.threads(), throughput.first(), throughput.second(), throughput.ratio()),
                "≥ " + TARGET, Result.Verdict.of(throughput.ratio() >= TARGET));
    }

    /** The comparison means something only if both produce the same answer. */
    private static void requireSameAnswer(String graphQl, byte[] handWritten) {
        JsonNode expected = GraphQlClient.JSON.readTree(graphQl);
        JsonNode actual = GraphQlClient.JSON.readTree(handWritten);
        if (!expected.equals(actual)) {
            throw new IllegalStateException("The hand-written answer differs from GraphQL's:\nGraphQL:      "
                    + expected + "\nhand-written: " + actual);
        }
        if (expected.at("/data/node/offers/edges").isEmpty()) {
            throw new IllegalStateException("The query found no offers: the seeding failed? " + expected);
        }
    }
}
