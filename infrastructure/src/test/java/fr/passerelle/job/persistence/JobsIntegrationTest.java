package fr.passerelle.job.persistence;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * The job tests' shared application (in-memory embedded server, runner thread off: tests drive passes themselves)
 * and their access to the {@code jobs} collection. Every test starts from an empty database.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
abstract class JobsIntegrationTest {

    @Autowired
    protected MongoOperations mongo;

    @Autowired
    protected EventDocumentMapper events;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    protected JobDocument storedJob(String id) {
        return mongo.findById(id, JobDocument.class);
    }

    /** Every job, by id. */
    protected List<JobDocument> storedJobs() {
        return mongo.find(new Query().with(Sort.by("_id")), JobDocument.class);
    }

    /** A job written directly, in any state, as an earlier pass or another instance would have left it. */
    protected JobDocument storeJob(String id, JobStatus status, Instant dueAt, Instant finishedAt) {
        JobDocument job = new JobDocument(id, JobKind.REMINDER, "test", status, dueAt, 1, null, null, null, null,
                new JobDocument.ReminderDocument(id, Map.of()), dueAt, finishedAt);
        mongo.insert(job);
        return job;
    }

    protected JobDocument storeDelivery(String id, JobStatus status, Instant dueAt, EventDocument event) {
        JobDocument job = new JobDocument(id, JobKind.EVENT_DELIVERY, "audit", status, dueAt, 0, null, null, null,
                event, null, dueAt, null);
        mongo.insert(job);
        return job;
    }
}
