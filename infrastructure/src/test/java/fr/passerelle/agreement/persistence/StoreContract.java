package fr.passerelle.agreement.persistence;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * The contracts of this package run on whichever database a subclass configures (embedded in-memory server, real
 * MongoDB replica set), each test from empty collections whose indexes are kept.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class StoreContract {

    @Autowired
    protected MongoOperations mongo;

    @BeforeEach
    void emptyTheDatabase() {
        TestDatabase.clear(mongo);
    }

    /** The indexes of a collection, by name (the embedded server creates only the unique ones). */
    protected List<String> indexNames(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(IndexInfo::getName).toList();
    }
}
