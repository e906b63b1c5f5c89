package fr.passerelle.bench;

import fr.passerelle.bench.data.BenchCompany;
import fr.passerelle.bench.harness.Instrumentation;
import fr.passerelle.bench.harness.Load;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import java.util.Locale;
import java.util.Map;

/**
 * B6: throughput of {@link CompanyOffersQuery} on an application as shipped against one without its guards and
 * request instrumentation ({@link Instrumentation#OFF} says exactly what that removes), same data, same client
 * threads, alternating windows.
 */
final class GuardsOverhead {

    private static final double TARGET = 0.95;
    /** About 10,000 nodes, five times the shipped node cap: refused with the guards, served without. */
    private static final String OVER_THE_CAP = """
            query OverTheCap($company: ID!) {
              node(id: $company) {
                ... on Company {
                  offers(first: 100) { edges { node { applications(first: 100) { edges { node { id } } } } } }
                }
              }
            }""";

    private final Settings settings;

    GuardsOverhead(Settings settings) {
        this.settings = settings;
    }

    Result run(RunningApp on, RunningApp off) {
        int offers = settings.throughputOffers();
        Progress.say("B6: guards and instrumentation on against off, N = " + offers);
        requireGuardsOnlyIn(on, off);
        var withGuards = on.client(CompanyOffersQuery.PERSONA)
                .request(CompanyOffersQuery.DOCUMENT, CompanyOffersQuery.variables(offers));
        var withoutGuards = off.client(CompanyOffersQuery.PERSONA)
                .request(CompanyOffersQuery.DOCUMENT, CompanyOffersQuery.variables(offers));
        Load.Comparison throughput = new Load(settings.threads()).compare(settings.maxWarmUp(), settings.window(),
                settings.rounds(), withGuards::send, withoutGuards::send);
        return new Result("B6 guards and instrumentation on / off",
                String.format(Locale.ROOT, "N=%d, %d threads: on %.1f req/s, off %.1f req/s, ratio %.3f", offers,
                        settings.threads(), throughput.first(), throughput.second(), throughput.ratio()),
                "≥ " + TARGET, Result.Verdict.of(throughput.ratio() >= TARGET));
    }

    /** "Off" must really be off, or the ratio compares the guards with themselves. */
    private static void requireGuardsOnlyIn(RunningApp on, RunningApp off) {
        var variables = Map.of("company", BenchCompany.globalId());
        if (!on.client(CompanyOffersQuery.PERSONA).request(OVER_THE_CAP, variables).refused()) {
            throw new IllegalStateException("The application as shipped served a query over its node cap");
        }
        off.client(CompanyOffersQuery.PERSONA).request(OVER_THE_CAP, variables).send();
    }
}
