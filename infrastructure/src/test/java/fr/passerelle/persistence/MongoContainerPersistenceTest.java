package fr.passerelle.persistence;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The persistence contract on a real MongoDB single-node replica set, connected through
 * {@code passerelle.mongodb.uri} as in production (write concern majority). Skipped where Docker is unavailable.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerPersistenceTest extends PersistenceContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("passerelle.mongodb.uri", () -> MONGO.getReplicaSetUrl("passerelle"));
    }
}
