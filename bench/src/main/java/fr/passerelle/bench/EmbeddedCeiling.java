package fr.passerelle.bench;

import fr.passerelle.bench.data.BoardOffers;
import fr.passerelle.bench.data.RosterLearners;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Instrumentation;
import fr.passerelle.bench.harness.Latencies;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The embedded store's ceiling: the p50 of a board page (the learner persona's {@code internshipOffers(first: 20)})
 * and of a roster page (a school administrator's {@code learners(first: 20)}) as their collections grow, to find the
 * size at which either passes 100 ms on this machine. The embedded store ignores non-unique indexes, so both are
 * scans of their whole collection. Its own entry point:
 * {@code mvn -q -pl bench exec:java -Dexec.mainClass=fr.passerelle.bench.EmbeddedCeiling}
 * ({@code -Dbench.ceiling-sizes=1000,5000} to choose the sizes).
 */
public final class EmbeddedCeiling {

    private static final double PLEASANT_MILLIS = 100;
    private static final int WARM_UP = 5;
    private static final int SAMPLES = 21;
    private static final String SCHOOL = "demo-school-louis-lumiere";
    private static final String BOARD = "{ internshipOffers(first: 20) { edges { node { id title city startDate } } } }";
    private static final String ROSTER = "{ learners(first: 20) { edges { node { id firstName lastName status } } } }";

    private EmbeddedCeiling() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        List<Integer> sizes = Settings.integers("bench.ceiling-sizes", "1000,5000,10000,25000,50000,100000");
        String loadBefore = ResultTable.loadAverage();
        List<String> rows = new ArrayList<>();
        Integer boardCeiling = null;
        Integer rosterCeiling = null;
        try (RunningApp app = RunningApp.start(Instrumentation.ON)) {
            BoardOffers board = new BoardOffers(app);
            RosterLearners roster = new RosterLearners(app, SCHOOL);
            var boardPage = app.client("learner").request(BOARD, Map.of());
            var rosterPage = app.client("school-admin-a").request(ROSTER, Map.of());
            check(boardPage.send(), "/data/internshipOffers/edges");
            check(rosterPage.send(), "/data/learners/edges");
            for (int size : sizes) {
                Progress.say("ceiling: " + size + " offers and " + size + " learners");
                board.growTo(size, settings.spread());
                roster.growTo(size);
                Latencies boards = new Latencies();
                Latencies rosters = new Latencies();
                for (int round = 0; round < WARM_UP + SAMPLES; round++) {
                    if (round < WARM_UP) {
                        boardPage.send();
                        rosterPage.send();
                    } else {
                        boards.time(boardPage::send);
                        rosters.time(rosterPage::send);
                    }
                }
                double boardP50 = boards.millis(50);
                double rosterP50 = rosters.millis(50);
                rows.add(String.format(Locale.ROOT, "| %,d | %.1f ms | %.1f ms | %s |", size, boardP50, rosterP50,
                        ResultTable.loadAverage()));
                boardCeiling = boardCeiling == null && boardP50 > PLEASANT_MILLIS ? size : boardCeiling;
                rosterCeiling = rosterCeiling == null && rosterP50 > PLEASANT_MILLIS ? size : rosterCeiling;
            }
        }
        System.out.println("Load average before: " + loadBefore + "; after: " + ResultTable.loadAverage());
        System.out.println();
        System.out.println("| documents | board page p50 | roster page p50 | load average |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("First size past " + (int) PLEASANT_MILLIS + " ms p50: board " + describe(boardCeiling)
                + ", roster " + describe(rosterCeiling));
    }

    private static void check(String body, String pointer) {
        if (GraphQlClient.JSON.readTree(body).at(pointer).size() == 0) {
            throw new IllegalStateException("Nothing at " + pointer + ": " + body);
        }
    }

    private static String describe(Integer size) {
        return size == null ? "none of the sizes measured" : String.format(Locale.ROOT, "%,d", size);
    }
}
