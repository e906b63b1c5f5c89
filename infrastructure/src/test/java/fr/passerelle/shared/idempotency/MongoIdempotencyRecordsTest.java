package fr.passerelle.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.shared.model.IdempotencyRecord;
import fr.passerelle.shared.model.IdempotentAnswer;
import fr.passerelle.shared.port.IdempotencyRecords;
import fr.passerelle.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The key store: one claim wins, answers are kept for their holder only, expired keys are taken afresh. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoIdempotencyRecordsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final IdempotentAnswer ANSWER = new IdempotentAnswer(201, "application/json",
            "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

    @Autowired
    private IdempotencyRecords records;

    @Autowired
    private MongoOperations mongo;

    @Autowired
    private IdempotencyKeysPrivacy privacy;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    private static IdempotencyRecord pending(String fingerprint, Instant until) {
        return new IdempotencyRecord("subject:alice", "k1", fingerprint, null, until);
    }

    @Test
    void a_free_key_is_claimed_and_then_held() {
        assertThat(records.claim(pending("a", NOW.plusSeconds(60)), NOW)).isEmpty();

        assertThat(records.claim(pending("b", NOW.plusSeconds(60)), NOW.plusSeconds(1)))
                .hasValueSatisfying(holder -> {
                    assertThat(holder.fingerprint()).isEqualTo("a");
                    assertThat(holder.answered()).isFalse();
                });
    }

    @Test
    void the_answer_is_kept_byte_for_byte_and_read_back_by_a_retry() {
        records.claim(pending("a", NOW.plusSeconds(60)), NOW);
        records.answer("subject:alice", "k1", "a", ANSWER, NOW.plus(Duration.ofHours(24)));

        assertThat(records.claim(pending("a", NOW.plusSeconds(60)), NOW.plus(Duration.ofHours(23))))
                .hasValueSatisfying(holder -> assertThat(holder.answer()).isEqualTo(ANSWER));
    }

    @Test
    void an_expired_key_is_taken_afresh_without_its_old_answer() {
        records.claim(pending("a", NOW.plusSeconds(60)), NOW);
        records.answer("subject:alice", "k1", "a", ANSWER, NOW.plusSeconds(120));

        assertThat(records.claim(pending("b", NOW.plusSeconds(300)), NOW.plusSeconds(120))).isEmpty();
        assertThat(records.claim(pending("b", NOW.plusSeconds(300)), NOW.plusSeconds(121)))
                .hasValueSatisfying(holder -> {
                    assertThat(holder.fingerprint()).isEqualTo("b");
                    assertThat(holder.answered()).isFalse();
                });
    }

    @Test
    void only_the_holder_answers_or_releases() {
        records.claim(pending("a", NOW.plusSeconds(60)), NOW);

        records.answer("subject:alice", "k1", "other", ANSWER, NOW.plusSeconds(600));
        records.release("subject:alice", "k1", "other");

        assertThat(records.claim(pending("a", NOW.plusSeconds(60)), NOW))
                .hasValueSatisfying(holder -> assertThat(holder.answered()).isFalse());
        records.release("subject:alice", "k1", "a");
        assertThat(records.claim(pending("a", NOW.plusSeconds(60)), NOW)).isEmpty();
    }

    @Test
    void an_answered_key_is_not_released() {
        records.claim(pending("a", NOW.plusSeconds(60)), NOW);
        records.answer("subject:alice", "k1", "a", ANSWER, NOW.plusSeconds(600));

        records.release("subject:alice", "k1", "a");

        assertThat(records.claim(pending("a", NOW.plusSeconds(60)), NOW)).isPresent();
    }

    @Test
    void of_concurrent_claims_exactly_one_wins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String fingerprint = "f" + i;
                claims.add(pool.submit((Callable<Boolean>) () ->
                        records.claim(pending(fingerprint, NOW.plusSeconds(60)), NOW).isEmpty()));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_persons_erasure_removes_their_keys_and_answers_only() {
        records.claim(pending("a", NOW.plusSeconds(60)), NOW);
        records.answer("subject:alice", "k1", "a", ANSWER, NOW.plusSeconds(600));
        records.claim(new IdempotencyRecord("subject:bob", "k1", "b", null, NOW.plusSeconds(60)), NOW);
        DataSubject alice = new DataSubject("alice", Set.of(), Set.of());

        assertThat(privacy.export(alice)).singleElement().satisfies(section -> assertThat(section.rows())
                .containsExactly(Map.of("key", "k1", "status", "201", "keptUntil", NOW.plusSeconds(600).toString())));
        assertThat(privacy.erase(alice, NOW).deleted()).isEqualTo(1);

        assertThat(privacy.export(alice)).isEmpty();
        assertThat(records.claim(pending("a", NOW.plusSeconds(60)), NOW)).as("alice's key is free").isEmpty();
        assertThat(records.claim(new IdempotencyRecord("subject:bob", "k1", "b", null, NOW.plusSeconds(60)), NOW))
                .as("bob's key is still held").isPresent();
    }
}
