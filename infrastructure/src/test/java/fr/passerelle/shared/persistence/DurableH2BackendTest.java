package fr.passerelle.shared.persistence;

import static fr.passerelle.shared.persistence.EmbeddedServers.authenticatedClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The durable store stays small, knows which mode created it, and keeps personal data out of the log. */
class DurableH2BackendTest {

    private static final long SMALL_FILE_BOUND = 1 << 20;

    @TempDir
    Path dataDir;

    private Path file() {
        return dataDir.resolve("passerelle.mv");
    }

    private void withLearners(StoreMode mode, Consumer<MongoCollection<Document>> work) {
        var server = EmbeddedMongoServer.start(DurableH2Backend.open(file(), mode), EmbeddedServers.SECRET);
        try (var client = authenticatedClient(server)) {
            work.accept(client.getDatabase("passerelle").getCollection("learners"));
        } finally {
            server.shutdown();
        }
    }

    @Test
    void aThousandUpdatesOfOneDocumentLeaveTheFileSmall() throws IOException {
        long[] sizeWhileRunning = new long[1];
        withLearners(StoreMode.PRODUCTION, learners -> {
            learners.insertOne(new Document("_id", "l1").append("version", 0).append("bio", "x".repeat(2_000)));
            for (int i = 1; i <= 1_000; i++) {
                learners.updateOne(Filters.eq("_id", "l1"),
                        Updates.combine(Updates.set("version", i), Updates.set("bio", ("v" + i).repeat(400))));
            }
            sizeWhileRunning[0] = sizeOf(file());
        });

        // Before: about 12 KB per update here (12 MB), 126 KB per profile update in the application.
        assertThat(sizeWhileRunning[0]).isLessThan(SMALL_FILE_BOUND);
        assertThat(Files.size(file())).isLessThan(SMALL_FILE_BOUND);
        withLearners(StoreMode.PRODUCTION, learners ->
                assertThat(learners.find().first()).containsEntry("version", 1_000));
    }

    @Test
    void theDevModeRefusesAStoreCreatedInProduction() {
        withLearners(StoreMode.PRODUCTION, learners -> learners.insertOne(new Document("_id", "l1")));

        assertThatThrownBy(() -> DurableH2Backend.open(file(), StoreMode.DEVELOPMENT))
                .isInstanceOf(ForeignStoreException.class)
                .hasMessageContaining("created in production mode");
        withLearners(StoreMode.PRODUCTION, learners -> assertThat(learners.countDocuments()).isOne());
    }

    @Test
    void eachModeOpensAStoreTheDevModeCreated() {
        withLearners(StoreMode.DEVELOPMENT, learners -> learners.insertOne(new Document("_id", "l1")));

        withLearners(StoreMode.DEVELOPMENT, learners -> assertThat(learners.countDocuments()).isOne());
        withLearners(StoreMode.PRODUCTION, learners -> assertThat(learners.countDocuments()).isOne());
    }

    @Test
    void aStoreWrittenBeforeModesWereRecordedCountsAsAProductionOne() {
        var legacy = new de.bwaldvogel.mongo.backend.h2.H2Backend(file().toString());
        legacy.getMvStore().openMap("databases.passerelle").put("learners", "");
        legacy.close();

        assertThatThrownBy(() -> DurableH2Backend.open(file(), StoreMode.DEVELOPMENT))
                .isInstanceOf(ForeignStoreException.class);
    }

    @Test
    void anExpectedDuplicateKeyIsOneWarningLineWithoutTheDocument() {
        var ours = capture(CommandFailures.class.getName());
        var mongoJavaServer = capture("de.bwaldvogel.mongo");
        try {
            withLearners(StoreMode.PRODUCTION, learners -> {
                learners.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
                learners.insertOne(new Document("_id", "l1").append("email", "ada@example.fr"));
                learners.insertOne(new Document("_id", "l2").append("email", "grace@example.fr"));
                assertThatThrownBy(() -> learners.findOneAndUpdate(Filters.eq("_id", "l2"), Updates.combine(
                        Updates.set("email", "ada@example.fr"), Updates.set("name", "Ada Lovelace"))))
                        .isInstanceOf(MongoCommandException.class)
                        .extracting(e -> ((MongoCommandException) e).getErrorCode()).isEqualTo(11000);
            });
        } finally {
            release(CommandFailures.class.getName());
            release("de.bwaldvogel.mongo");
        }

        assertThat(mongoJavaServer.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
        assertThat(ours.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("findAndModify", "passerelle.learners", "11000")
                    .doesNotContain("ada@example.fr", "Ada", "l2").doesNotContain("\n");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    private static ListAppender<ILoggingEvent> capture(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.ALL);
        return appender;
    }

    private static void release(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        logger.detachAndStopAllAppenders();
        logger.setLevel(null);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
