package fr.passerelle.agreement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The agreements contract on a real MongoDB single-node replica set, connected as in production; and the indexes
 * of each list and lookup, which the embedded server does not create (it ignores non-unique ones). Skipped where
 * Docker is unavailable.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerAgreementsTest extends AgreementsContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @DynamicPropertySource
    static void mongoUri(DynamicPropertyRegistry registry) {
        registry.add("passerelle.mongodb.uri", () -> MONGO.getReplicaSetUrl("passerelle"));
    }

    @Test
    void everyListAndLookupHasItsIndex() {
        assertThat(indexNames(COLLECTION)).contains(
                "created_order", "status_created_order", "learner_created_order", "intern_created_order",
                "school_created_order", "company_created_order", "signatory_created_order", "tutor_status",
                "pending_events");
    }
}
