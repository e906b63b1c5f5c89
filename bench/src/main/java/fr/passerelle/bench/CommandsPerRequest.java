package fr.passerelle.bench;

import fr.passerelle.bench.harness.CommandCounter.Commands;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import java.util.ArrayList;
import java.util.List;

/**
 * B4: the MongoDB commands one {@link CompanyOffersQuery} sends, at each page size N. Batched loading makes the
 * count independent of N; an N+1 would add commands per offer or per application. Each N counts the fewest of a few
 * sends ({@link fr.passerelle.bench.harness.CommandCounter#fewestDuring}).
 */
final class CommandsPerRequest {

    private static final int SENDS = 3;

    private final Settings settings;

    CommandsPerRequest(Settings settings) {
        this.settings = settings;
    }

    Result run(RunningApp app) {
        Progress.say("B4: MongoDB commands per request at N = " + settings.pageSizes());
        GraphQlClient advisor = app.client(CompanyOffersQuery.PERSONA);
        List<String> figures = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        for (int offers : settings.pageSizes()) {
            var request = advisor.request(CompanyOffersQuery.DOCUMENT, CompanyOffersQuery.variables(offers));
            request.send(); // first of its kind: whatever the application reads once and keeps is not per request
            Commands commands = app.commands().fewestDuring(request::send, SENDS);
            totals.add(commands.total());
            figures.add("N=" + offers + ": " + commands.total() + " (" + commands.breakdown() + ")");
        }
        return new Result("B4 commands per request", String.join("; ", figures), "the same for every N",
                Result.Verdict.of(totals.stream().distinct().count() == 1));
    }
}
