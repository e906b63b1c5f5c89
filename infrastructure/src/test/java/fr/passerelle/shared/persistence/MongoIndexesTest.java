package fr.passerelle.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexOptions;
import fr.passerelle.PersistenceTestApplication;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.test.context.TestPropertySource;

/** Start-up leaves each collection with its declared indexes only: a renamed index's old name is dropped. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoIndexesTest {

    @Autowired
    private MongoIndexes indexes;

    @Autowired
    private MongoOperations mongo;

    @Test
    void aLegacyIndexLeftByAnOlderVersionIsDroppedAndTheRenamedOneKept() {
        mongo.getCollection("audit_trail").createIndex(new Document("initiator.subject", 1).append("occurredAt", -1),
                new IndexOptions().name("by_subject"));
        mongo.getCollection("notifications").createIndex(new Document("recipient", 1).append("readAt", 1)
                .append("createdAt", -1), new IndexOptions().name("unread"));
        assertThat(names("audit_trail")).contains("by_subject");

        indexes.afterSingletonsInstantiated();

        assertThat(names("audit_trail")).doesNotContain("by_subject").contains("by_subject_order");
        assertThat(names("notifications")).doesNotContain("unread").contains("unread_order");
        indexes.afterSingletonsInstantiated();
        assertThat(names("audit_trail")).contains("by_subject_order", "by_action_order");
    }

    private List<String> names(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(IndexInfo::getName).toList();
    }
}
