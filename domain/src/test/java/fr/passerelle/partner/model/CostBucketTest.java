package fr.passerelle.partner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CostBucketTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void a_new_bucket_is_full_and_a_granted_query_takes_its_cost() {
        var taking = CostBucket.full(1_000, 50, T0).take(300, T0);

        assertThat(taking.granted()).isTrue();
        assertThat(taking.retryAfter()).isZero();
        assertThat(taking.bucket().remaining()).isEqualTo(700);
    }

    @Test
    void a_query_costing_more_than_is_left_is_refused_with_the_seconds_until_enough_has_leaked_back() {
        CostBucket nearlyEmpty = CostBucket.full(1_000, 50, T0).take(950, T0).bucket();

        var refused = nearlyEmpty.take(200, T0);

        assertThat(refused.granted()).isFalse();
        // 50 left, 150 missing at 50 a second: 3 s.
        assertThat(refused.retryAfter()).isEqualTo(3);
        assertThat(refused.bucket().remaining()).isEqualTo(50);
        assertThat(refused.bucket().take(200, T0.plusSeconds(3)).granted()).isTrue();
    }

    @Test
    void the_bucket_refills_at_its_rate_but_never_beyond_its_capacity() {
        CostBucket empty = CostBucket.full(1_000, 50, T0).take(1_000, T0).bucket();

        assertThat(empty.refund(0, T0.plusSeconds(4)).remaining()).isEqualTo(200);
        assertThat(empty.refund(0, T0.plusSeconds(3_600)).remaining()).isEqualTo(1_000);
        assertThat(empty.resetAt()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void unused_points_are_given_back_up_to_the_capacity() {
        CostBucket afterQuery = CostBucket.full(1_000, 50, T0).take(400, T0).bucket();

        assertThat(afterQuery.refund(390, T0).remaining()).isEqualTo(990);
        assertThat(afterQuery.refund(5_000, T0).remaining()).isEqualTo(1_000);
    }

    @Test
    void a_refused_query_takes_nothing() {
        CostBucket bucket = CostBucket.full(100, 10, T0);

        var refused = bucket.take(101, T0);

        assertThat(refused.granted()).isFalse();
        assertThat(refused.bucket().remaining()).isEqualTo(100);
        assertThat(refused.retryAfter()).isEqualTo(1);
    }
}
