package fr.passerelle.persistence.indexes;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.BsonDocument;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the read commands the application's adapters send while an action runs on the calling thread (the sync
 * driver tells its listeners on the thread that sends), ready to be explained: the driver's session, cluster-time
 * and read/write-concern fields are taken off, since {@code explain} refuses or ignores them.
 */
final class CommandRecorder implements CommandListener {

    /** The commands with a query plan to explain. */
    private static final Set<String> PLANNED = Set.of("find", "aggregate", "findAndModify", "count", "distinct");
    private static final Set<String> NOT_EXPLAINABLE = Set.of("lsid", "txnNumber", "readConcern", "writeConcern",
            "apiVersion", "apiStrict", "apiDeprecationErrors");

    private final ThreadLocal<List<BsonDocument>> recording = new ThreadLocal<>();

    /** The planned commands {@code action} sent, in order. */
    List<BsonDocument> record(Runnable action) {
        List<BsonDocument> sent = new ArrayList<>();
        recording.set(sent);
        try {
            action.run();
        } finally {
            recording.remove();
        }
        return sent;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        List<BsonDocument> sent = recording.get();
        if (sent != null && PLANNED.contains(event.getCommandName())) {
            sent.add(explainable(event.getCommand()));
        }
    }

    static BsonDocument explainable(BsonDocument command) {
        BsonDocument copy = command.clone();
        copy.keySet().removeIf(key -> key.startsWith("$") || NOT_EXPLAINABLE.contains(key));
        return copy;
    }

    /** Registers a recorder on the application's MongoClient. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        CommandRecorder commandRecorder() {
            return new CommandRecorder();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands(CommandRecorder recorder) {
            return settings -> settings.addCommandListener(recorder);
        }
    }
}
