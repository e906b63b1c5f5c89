package fr.passerelle.persistence.indexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.persistence.indexes.HotQueries.HotQuery;
import fr.passerelle.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Proof that a real MongoDB serves every hot query ({@link HotQueries}) from the declared indexes, which the
 * embedded store ignores: each entry's adapter method is called, the commands it sends are recorded, noise the
 * queries do not select is added ({@link Noise}), and each command's {@code explain("executionStats")} must show an
 * index scan, no in-memory sort and no more documents examined than returned plus the entry's bound
 * ({@link QueryPlan}). Skipped where Docker is unavailable.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = PersistenceTestApplication.class)
@Import(CommandRecorder.Registration.class)
class MongoContainerIndexProofTest {

    private static final int NOISE_PER_COLLECTION = 500;

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("passerelle.mongodb.uri", () -> MONGO.getReplicaSetUrl("passerelle"));
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private CommandRecorder recorder;

    @Autowired
    private MongoOperations mongo;

    @TestFactory
    Stream<DynamicTest> everyHotQueryIsAnIndexScanWithoutInMemorySort() {
        TestDatabase.clear(mongo);
        Map<HotQuery, List<BsonDocument>> sent = new LinkedHashMap<>();
        HotQueries.all().forEach(query -> sent.put(query, recorder.record(() -> query.send().accept(context))));
        Noise.seed(mongo, sent.values().stream().flatMap(List::stream).toList(), NOISE_PER_COLLECTION);
        return sent.entrySet().stream().map(entry -> dynamicTest(entry.getKey().name(), () -> {
            assertThat(entry.getValue()).as("the commands it sends").isNotEmpty();
            for (BsonDocument command : entry.getValue()) {
                Document explain = mongo.executeCommand(new Document("explain", command)
                        .append("verbosity", "executionStats"));
                assertThat(QueryPlan.of(explain).problems(entry.getKey().extraDocuments()))
                        .as("%s%nexplained: %s", command.toJson(), explain.toJson()).isEmpty();
            }
        }));
    }
}
