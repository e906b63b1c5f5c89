package fr.passerelle.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void theStandardScheduleIsTheSpecificationsTenAttempts() {
        assertThat(RetrySchedule.STANDARD.delays()).containsExactly(Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
                Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));
        assertThat(RetrySchedule.STANDARD.attempts()).isEqualTo(10);
    }

    @Test
    void withoutJitterEachAttemptComesItsDelayAfterThePreviousOne() {
        List<Instant> attempts = new ArrayList<>();
        Instant at = NOW;
        for (int made = 0; made < 10; made++) {
            at = RetrySchedule.STANDARD.nextAttempt(made, at, () -> 0.5).orElseThrow();
            attempts.add(at);
        }
        assertThat(attempts.get(0)).isEqualTo(NOW);
        assertThat(attempts.get(1)).isEqualTo(NOW.plusSeconds(5));
        assertThat(attempts.get(2)).isEqualTo(NOW.plusSeconds(5).plus(Duration.ofMinutes(5)));
        // The whole schedule spans about 81 hours: under the five days that disable a failing endpoint.
        assertThat(Duration.between(NOW, attempts.get(9))).isEqualTo(Duration.ofSeconds(5).plus(Duration.ofMinutes(35))
                .plus(Duration.ofHours(75)));
    }

    @Test
    void afterTheLastAttemptThereIsNoOther() {
        assertThat(RetrySchedule.STANDARD.nextAttempt(10, NOW, () -> 0.5)).isEmpty();
        assertThat(RetrySchedule.STANDARD.nextAttempt(11, NOW, () -> 0.5)).isEmpty();
    }

    @Test
    void jitterSpreadsADelayWithinItsFractionAndNeverMovesTheImmediateAttempt() {
        Duration fiveMinutes = Duration.ofMinutes(5);
        assertThat(RetrySchedule.STANDARD.nextAttempt(2, NOW, () -> 0.0)).contains(NOW.plus(fiveMinutes).minusSeconds(30));
        assertThat(RetrySchedule.STANDARD.nextAttempt(2, NOW, () -> 0.999_999)).hasValueSatisfying(at ->
                assertThat(at).isAfter(NOW.plus(fiveMinutes)).isBeforeOrEqualTo(NOW.plus(fiveMinutes).plusSeconds(30)));
        assertThat(RetrySchedule.STANDARD.nextAttempt(0, NOW, () -> 0.0)).contains(NOW);
    }

    @Test
    void aScheduleNeedsDelaysNoneNegativeAndAModestJitter() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(-1)), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO), 0.8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
