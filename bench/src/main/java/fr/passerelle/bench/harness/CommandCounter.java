package fr.passerelle.bench.harness;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Counts the MongoDB commands the application's driver sends (B4, B5). The driver's connection handshakes and
 * server monitoring do not go through command listeners; the few housekeeping commands that may are left out,
 * since they do not belong to any request.
 */
public final class CommandCounter implements CommandListener {

    private static final Set<String> HOUSEKEEPING = Set.of("hello", "ismaster", "ping", "endsessions", "buildinfo");

    private final ConcurrentLinkedQueue<Command> seen = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (!HOUSEKEEPING.contains(name.toLowerCase(Locale.ROOT))) {
            BsonDocument command = event.getCommand();
            BsonValue skip = command.get("skip");
            seen.add(new Command(name, collection(command, name), skip != null && skip.isNumber()
                    && skip.asNumber().longValue() > 0));
        }
    }

    /** The commands sent while {@code work} ran; nothing else may use the application meanwhile. */
    public Commands during(Runnable work) {
        seen.clear();
        work.run();
        return new Commands(List.copyOf(seen));
    }

    /**
     * The fewest commands of {@code sends} runs of {@code work}: what the application reads again on a clock rather
     * than per request (a partner client's status, at most every 5 s per client) lands in whichever request crosses
     * it, and on a loaded machine one request can take seconds.
     */
    public Commands fewestDuring(Runnable work, int sends) {
        return IntStream.range(0, sends).mapToObj(send -> during(work))
                .min(Comparator.comparingInt(Commands::total)).orElseThrow();
    }

    /** A command names its collection as its own value ({@code find: "learners"}), a getMore in a field. */
    private static String collection(BsonDocument command, String name) {
        BsonValue target = command.get(name);
        if (target != null && target.isString()) {
            return target.asString().getValue();
        }
        BsonValue collection = command.get("collection");
        return collection != null && collection.isString() ? collection.asString().getValue() : "?";
    }

    /** @param skips whether it skips documents (what keyset paging never does) */
    public record Command(String name, String collection, boolean skips) {
    }

    /** Commands in the order they were sent. */
    public record Commands(List<Command> commands) {

        public int total() {
            return commands.size();
        }

        public boolean anySkips() {
            return commands.stream().anyMatch(Command::skips);
        }

        /** E.g. {@code aggregate applications ×1, find learners ×1}. */
        public String breakdown() {
            Map<String, Long> counts = commands.stream().collect(Collectors.groupingBy(
                    command -> command.name() + " " + command.collection(), TreeMap::new, Collectors.counting()));
            return counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }
}
