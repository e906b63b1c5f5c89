package fr.passerelle.shared.service;

import static fr.passerelle.testing.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class VersionedChangeTest {

    private record Doc(String text, long version) {
    }

    /**
     * One stored document. Saving bumps the version; before each of the first {@code racesToLose} saves someone else
     * writes first, so the save fails the version check as a real adapter's would.
     */
    private final class Store {
        Doc stored = new Doc("v0", 7);
        int loads;
        int saves;
        int racesToLose;

        Doc load() {
            loads++;
            return stored;
        }

        Doc save(Doc before, Doc changed) {
            saves++;
            if (racesToLose > 0) {
                racesToLose--;
                stored = new Doc("someone else's", stored.version() + 1);
            }
            if (stored.version() != changed.version()) {
                throw new ConcurrentUpdateException("Doc", "1");
            }
            stored = new Doc(changed.text(), changed.version() + 1);
            return stored;
        }

        VersionedChange<Doc> versioned() {
            return new VersionedChange<>(this::load, Doc::version, this::save, pacing);
        }
    }

    /** Time moves only when a pause is taken, by the pause's length: no test ever sleeps. */
    private final List<Long> pauses = new ArrayList<>();
    private long nanos;
    private final RetryPacing pacing = new RetryPacing(Duration.ofSeconds(3), Duration.ofMillis(2),
            Duration.ofMillis(100), () -> nanos, millis -> {
                pauses.add(millis);
                nanos += Duration.ofMillis(millis).toNanos();
            });

    private static final UnaryOperator<Doc> APPEND_X = d -> new Doc(d.text() + "x", d.version());

    private final Store store = new Store();

    @Test
    void expected_version_matching_the_stored_one_saves_the_change() {
        Doc saved = store.versioned().apply(7L, APPEND_X);

        assertThat(saved).isEqualTo(new Doc("v0x", 8));
        assertThat(store.stored).isEqualTo(saved);
        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void expected_version_differing_from_the_stored_one_is_stale_and_nothing_is_saved() {
        List<Violation> violations = Violations.thrownBy(() -> store.versioned().apply(6L, APPEND_X));

        assertThat(violations)
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("expectedVersion"), ErrorCode.STALE_VERSION));
        assertThat(store.saves).isZero();
        assertThat(store.stored).isEqualTo(new Doc("v0", 7));
    }

    @Test
    void without_expected_version_a_lost_race_is_retried_on_fresh_state() {
        store.racesToLose = 1;

        Doc saved = store.versioned().apply(null, APPEND_X);

        assertThat(saved).isEqualTo(new Doc("someone else'sx", 9));
        assertThat(store.loads).isEqualTo(2);
        assertThat(store.saves).isEqualTo(2);
    }

    @Test
    void without_expected_version_a_change_outlasting_many_lost_races_is_kept() {
        // 20 pauses under their ceilings sum to at most 2+4+…+64+14×100 = 1,526 ms, inside the 3-s deadline whatever
        // the random draws (60 races, as before, could draw past it about one run in ten).
        store.racesToLose = 20;

        Doc saved = store.versioned().apply(null, APPEND_X);

        assertThat(saved.text()).isEqualTo("someone else'sx");
        assertThat(store.stored).isEqualTo(saved);
        assertThat(store.loads).isEqualTo(21);
        assertThat(pauses).as("a pause before each retry").hasSize(20);
    }

    @Test
    void pauses_are_random_under_a_ceiling_that_doubles_up_to_a_maximum() {
        store.racesToLose = 12;

        store.versioned().apply(null, APPEND_X);

        long[] ceilings = {2, 4, 8, 16, 32, 64, 100, 100, 100, 100, 100, 100};
        for (int i = 0; i < ceilings.length; i++) {
            assertThat(pauses.get(i)).as("pause %d", i).isBetween(0L, ceilings[i]);
        }
    }

    @Test
    void contention_outlasting_the_deadline_is_reported_on_no_field_and_nothing_is_saved() {
        store.racesToLose = Integer.MAX_VALUE;

        List<Violation> violations = Violations.thrownBy(() -> store.versioned().apply(null, APPEND_X));

        assertThat(violations).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(), ErrorCode.STALE_VERSION));
        assertThat(english(violations.get(0).message())).contains("nothing was changed").contains("retry");
        assertThat(store.stored.text()).isEqualTo("someone else's");
        assertThat(Duration.ofNanos(nanos)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void an_interrupted_pause_gives_up_and_keeps_the_interrupt() {
        store.racesToLose = 5;
        RetryPacing interrupted = new RetryPacing(Duration.ofSeconds(3), Duration.ofMillis(2),
                Duration.ofMillis(100), () -> 0L, millis -> {
                    throw new InterruptedException();
                });

        List<Violation> violations = Violations.thrownBy(() -> new VersionedChange<>(store::load, Doc::version,
                store::save, interrupted).apply(null, APPEND_X));

        assertThat(violations).extracting(Violation::field).containsExactly(List.of());
        assertThat(Thread.interrupted()).isTrue();
        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void with_expected_version_a_lost_race_is_stale_at_once_without_retry() {
        store.racesToLose = 1;

        List<Violation> violations = Violations.thrownBy(() -> store.versioned().apply(7L, APPEND_X));

        assertThat(violations)
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("expectedVersion"), ErrorCode.STALE_VERSION));
        assertThat(store.loads).isEqualTo(1);
        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void change_returning_the_same_instance_saves_nothing() {
        Doc result = store.versioned().apply(null, UnaryOperator.identity());

        assertThat(result).isSameAs(store.stored);
        assertThat(store.saves).isZero();
    }

    @Test
    void change_returning_the_same_instance_with_a_matching_expected_version_saves_nothing() {
        Doc result = store.versioned().apply(7L, UnaryOperator.identity());

        assertThat(result.version()).isEqualTo(7);
        assertThat(store.saves).isZero();
    }

    @Test
    void the_change_sees_the_freshly_loaded_state_on_every_attempt() {
        store.racesToLose = 1;
        var seen = new java.util.ArrayList<String>();

        store.versioned().apply(null, d -> {
            seen.add(d.text());
            return new Doc(d.text() + "x", d.version());
        });

        assertThat(seen).containsExactly("v0", "someone else's");
    }
}
