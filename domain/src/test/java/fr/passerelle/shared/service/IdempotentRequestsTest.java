package fr.passerelle.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.model.IdempotentAnswer;
import fr.passerelle.shared.service.IdempotentRequests.KeyReused;
import fr.passerelle.shared.service.IdempotentRequests.Replay;
import fr.passerelle.shared.service.IdempotentRequests.Run;
import fr.passerelle.shared.service.IdempotentRequests.StillRunning;
import fr.passerelle.testing.InMemoryIdempotencyRecords;
import fr.passerelle.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {

    private static final IdempotentAnswer CREATED = new IdempotentAnswer(200, "application/json",
            "{\"data\":{\"id\":\"42\"}}".getBytes(StandardCharsets.UTF_8));

    private final MutableClock clock = new MutableClock();
    private final IdempotentRequests requests = new IdempotentRequests(new InMemoryIdempotencyRecords(), clock);

    {
        clock.set(Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void the_first_request_with_a_key_runs() {
        assertThat(requests.begin("subject:alice", "k1", "body-a")).isInstanceOf(Run.class);
    }

    @Test
    void a_retry_of_an_answered_request_gets_the_same_answer_without_running() {
        requests.begin("subject:alice", "k1", "body-a");
        requests.finish("subject:alice", "k1", "body-a", CREATED);

        clock.advance(Duration.ofHours(23));

        assertThat(requests.begin("subject:alice", "k1", "body-a")).isEqualTo(new Replay(CREATED));
    }

    @Test
    void after_the_retention_the_key_runs_afresh() {
        requests.begin("subject:alice", "k1", "body-a");
        requests.finish("subject:alice", "k1", "body-a", CREATED);

        clock.advance(IdempotentRequests.RETENTION);

        assertThat(requests.begin("subject:alice", "k1", "body-a")).isInstanceOf(Run.class);
    }

    @Test
    void the_same_key_with_another_request_is_refused_whether_the_first_answered_or_not() {
        requests.begin("subject:alice", "k1", "body-a");
        assertThat(requests.begin("subject:alice", "k1", "body-b")).isInstanceOf(KeyReused.class);

        requests.finish("subject:alice", "k1", "body-a", CREATED);
        assertThat(requests.begin("subject:alice", "k1", "body-b")).isInstanceOf(KeyReused.class);
    }

    @Test
    void a_retry_while_the_first_is_running_is_told_to_wait() {
        requests.begin("subject:alice", "k1", "body-a");

        assertThat(requests.begin("subject:alice", "k1", "body-a")).isInstanceOf(StillRunning.class);
    }

    @Test
    void keys_are_per_client() {
        requests.begin("subject:alice", "k1", "body-a");
        requests.finish("subject:alice", "k1", "body-a", CREATED);

        assertThat(requests.begin("subject:bob", "k1", "body-a")).isInstanceOf(Run.class);
    }

    @Test
    void an_abandoned_request_frees_its_key_for_the_retry() {
        requests.begin("subject:alice", "k1", "body-a");
        requests.abandon("subject:alice", "k1", "body-a");

        assertThat(requests.begin("subject:alice", "k1", "body-a")).isInstanceOf(Run.class);
    }

    @Test
    void a_request_that_died_without_a_word_frees_its_key_after_the_lease() {
        requests.begin("subject:alice", "k1", "body-a");

        clock.advance(IdempotentRequests.LEASE.minusSeconds(1));
        assertThat(requests.begin("subject:alice", "k1", "body-a")).isInstanceOf(StillRunning.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(requests.begin("subject:alice", "k1", "body-a")).isInstanceOf(Run.class);
    }

    @Test
    void a_request_that_lost_its_key_to_another_cannot_overwrite_the_others_answer() {
        requests.begin("subject:alice", "k1", "body-a");
        clock.advance(IdempotentRequests.LEASE);
        requests.begin("subject:alice", "k1", "body-b");

        requests.finish("subject:alice", "k1", "body-a", CREATED);
        requests.abandon("subject:alice", "k1", "body-a");

        assertThat(requests.begin("subject:alice", "k1", "body-b")).isInstanceOf(StillRunning.class);
    }
}
