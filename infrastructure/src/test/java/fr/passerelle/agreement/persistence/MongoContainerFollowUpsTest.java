package fr.passerelle.agreement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The follow-ups contract on a real MongoDB single-node replica set, and the index the evaluation form is found
 * by. Skipped where Docker is unavailable.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerFollowUpsTest extends FollowUpsContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("passerelle.mongodb.uri", () -> MONGO.getReplicaSetUrl("passerelle"));
    }

    @Test
    void evaluationLinksAreFoundThroughAnIndex() {
        assertThat(indexNames(COLLECTION)).contains("evaluation_link_token", "pending_events");
    }
}
