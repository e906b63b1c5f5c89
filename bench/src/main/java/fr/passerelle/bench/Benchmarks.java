package fr.passerelle.bench;

import fr.passerelle.bench.data.BoardOffers;
import fr.passerelle.bench.data.CompanyApplicants;
import fr.passerelle.bench.harness.Instrumentation;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs issue #4's benchmarks against the real application started in-process, and prints their table. Every
 * target is about a count or a ratio of two figures measured side by side in this run, which carries over to other
 * machines; the absolute figures hold for this machine only. Run:
 * {@code mvn -q -pl bench -am install -DskipTests && mvn -q -pl bench exec:java}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * @param args the groups to run, all when none: {@code company} (B3, B4, B6), {@code board} (matching, B5),
     *             {@code screens} (B7)
     *             — e.g. {@code -Dexec.args=board} while working on one of them
     */
    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        Set<String> groups = Set.of(args);
        String loadBefore = ResultTable.loadAverage();
        List<Result> results = new ArrayList<>();
        if (groups.isEmpty() || groups.contains("company")) {
            company(settings, results);
        }
        if (groups.isEmpty() || groups.contains("board")) {
            board(settings, results);
        }
        if (groups.isEmpty() || groups.contains("screens")) {
            screens(settings, results);
        }
        ResultTable.print(results, loadBefore, System.out);
    }

    private static void company(Settings settings, List<Result> results) {
        Progress.say("starting the application twice: as shipped, and without guards and instrumentation");
        try (RunningApp on = RunningApp.start(Instrumentation.ON);
             RunningApp off = RunningApp.start(Instrumentation.OFF)) {
            Progress.say("seeding " + settings.companyOffers() + " offers with " + settings.applicationsPerOffer()
                    + " applications each, in both");
            CompanyApplicants.seed(on, settings.companyOffers(), settings.applicationsPerOffer());
            CompanyApplicants.seed(off, settings.companyOffers(), settings.applicationsPerOffer());
            results.add(new CommandsPerRequest(settings).run(on));
            results.add(new CompanyOffersThroughput(settings).run(on));
            results.add(new GuardsOverhead(settings).run(on, off));
        }
    }

    private static void board(Settings settings, List<Result> results) {
        // A fresh application for the board: the company's offers above would otherwise be on it.
        Progress.say("starting the application for the board");
        try (RunningApp app = RunningApp.start(Instrumentation.ON)) {
            BoardOffers board = new BoardOffers(app);
            results.add(new MatchingLatency(settings).run(app, board));
            results.add(new KeysetDepth(settings).run(app, board));
        }
    }

    /** B7 on an application whose background jobs run, as in production. */
    private static void screens(Settings settings, List<Result> results) {
        Progress.say("starting the application with its background jobs");
        try (RunningApp app = RunningApp.start(Instrumentation.ON, true)) {
            results.add(new MixedScreens(settings).run(app, new BoardOffers(app)));
        }
    }
}
