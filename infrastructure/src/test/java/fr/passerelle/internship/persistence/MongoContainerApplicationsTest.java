package fr.passerelle.internship.persistence;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The applications contract on a real MongoDB single-node replica set, connected as in production: the same unique
 * index, scopes, orders and grouped first pages must behave as on the embedded server. Skipped where Docker is
 * unavailable.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerApplicationsTest extends ApplicationsContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("passerelle.mongodb.uri", () -> MONGO.getReplicaSetUrl("passerelle"));
    }
}
