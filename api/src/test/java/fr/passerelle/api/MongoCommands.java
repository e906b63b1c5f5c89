package fr.passerelle.api;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The MongoDB commands the application sends, for tests proving that a list costs a fixed number of reads. Requests
 * run on the server's threads and background jobs (the outbox relay, reminders) share the client, so a test counts
 * only the commands on one collection that name its own objects.
 */
public final class MongoCommands implements CommandListener {

    /** Written by the driver's threads, read by the test's. */
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    /** What was sent to a collection. */
    public record Sent(String name, String collection, String json) {

        boolean mentionsAny(Collection<String> values) {
            return values.stream().anyMatch(json::contains);
        }
    }

    /** The commands sent while some work ran, in order. */
    public record Recorded(List<Sent> sent) {

        /** The names of the commands sent to {@code collection} that name one of {@code ids}. */
        public List<String> on(String collection, Collection<String> ids) {
            return sent.stream().filter(s -> s.collection().equals(collection) && s.mentionsAny(ids))
                    .map(Sent::name).toList();
        }

        @Override
        public String toString() {
            return sent.stream().map(s -> s.name() + " " + s.collection()).toList().toString();
        }
    }

    /** What was sent while {@code work} ran (by any thread: filter with {@link Recorded#on}). */
    public synchronized Recorded during(Runnable work) {
        sent.clear();
        recording = true;
        try {
            work.run();
        } finally {
            recording = false;
        }
        return new Recorded(List.copyOf(sent));
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (recording) {
            String name = event.getCommandName();
            BsonDocument command = event.getCommand();
            BsonValue target = command.get(name);
            if (target != null && target.isString()) {
                // The command's buffer is the driver's again once this returns: it is read now.
                sent.add(new Sent(name, target.asString().getValue(), command.toJson()));
            }
        }
    }

    /** Registers the one recorder on the shared context's MongoClient (imported by {@link ApiTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        MongoCommands mongoCommands() {
            return new MongoCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordMongoCommands(MongoCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
