package fr.passerelle.retention.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One run's report; listed newest first by keyset on (startedAt, id). */
@Document(MongoRetentionRuns.COLLECTION)
@CompoundIndex(name = "newest_first", def = "{'startedAt': -1, '_id': -1}")
record RetentionRunDocument(@Id String id, Instant startedAt, Instant finishedAt, List<Step> steps) {

    record Step(String dataClass, String feature, Instant expiredBefore, int deleted, int pseudonymised,
                String failure) {
    }
}
