package fr.passerelle.internship.persistence;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The learner candidates contract on a real MongoDB single-node replica set, connected as in production. Skipped
 * where Docker is unavailable.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerLearnerCandidatesTest extends LearnerCandidatesContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("passerelle.mongodb.uri", () -> MONGO.getReplicaSetUrl("passerelle"));
    }
}
