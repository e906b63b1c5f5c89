package fr.passerelle.agreement.persistence;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The archive contract on a real MongoDB single-node replica set. Skipped where Docker is unavailable. */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerDocumentArchiveTest extends DocumentArchiveContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("passerelle.mongodb.uri", () -> MONGO.getReplicaSetUrl("passerelle"));
    }
}
