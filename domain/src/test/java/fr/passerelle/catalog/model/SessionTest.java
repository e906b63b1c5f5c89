package fr.passerelle.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.Violations;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void dated_slots_skip_a_public_holiday() {
        // Ascension Day 2026 is Thursday 14 May: that week has four mornings and four afternoons, not five.
        List<WeeklySlot> weekdays = IntStream.rangeClosed(1, 5).boxed().flatMap(day -> java.util.stream.Stream.of(
                new WeeklySlot(DayOfWeek.of(day), HalfDay.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(17, 0)),
                new WeeklySlot(DayOfWeek.of(day), HalfDay.MORNING, LocalTime.of(9, 0), LocalTime.of(12, 30))))
                .toList();

        List<DatedSlot> slots = Session.datedSlots(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17), weekdays);

        assertThat(slots).hasSize(8);
        assertThat(slots).extracting(DatedSlot::date).doesNotContain(LocalDate.of(2026, 5, 14));
        assertThat(slots.get(0)).isEqualTo(new DatedSlot(LocalDate.of(2026, 5, 11), HalfDay.MORNING,
                LocalTime.of(9, 0), LocalTime.of(12, 30)));
        assertThat(slots.get(1).half()).isEqualTo(HalfDay.AFTERNOON);
    }

    @Test
    void seats_fill_then_the_waiting_list_in_order_and_asking_twice_changes_nothing() {
        Session session = CatalogSamples.openSession(2);
        for (String holder : List.of("a", "b", "c", "d")) {
            session = session.reserved(new Seat(holder, "contact-" + holder, NOW));
        }

        assertThat(session.seats()).extracting(Seat::holderKey).containsExactly("a", "b");
        assertThat(session.isFull()).isTrue();
        assertThat(session.outcomeOf("d")).get().extracting(SeatOutcome::kind, SeatOutcome::position)
                .containsExactly(SeatOutcome.Kind.WAITLISTED, 2);
        assertThat(session.reserved(new Seat("c", "contact-c", NOW))).isSameAs(session);
    }

    @Test
    void releasing_a_seat_promotes_the_first_waiting_holder() {
        Session session = CatalogSamples.openSession(1)
                .reserved(new Seat("a", "contact-a", NOW))
                .reserved(new Seat("b", "contact-b", NOW))
                .reserved(new Seat("c", "contact-c", NOW));

        Session released = session.released("a", NOW);

        assertThat(released.seats()).extracting(Seat::holderKey).containsExactly("b");
        assertThat(released.waitlist()).extracting(Seat::holderKey).containsExactly("c");
        assertThat(released.promotedSince(session)).extracting(Seat::holderKey).containsExactly("b");
        assertThat(released.released("a", NOW)).isSameAs(released);
        assertThat(released.released("c", NOW).promotedSince(released)).isEmpty();
    }

    @Test
    void the_waiting_list_is_bounded_and_a_closed_session_takes_nobody() {
        Session session = CatalogSamples.openSession(1);
        for (int i = 0; i <= Session.MAX_WAITLIST; i++) {
            session = session.reserved(new Seat("h" + i, "c" + i, NOW));
        }
        Session full = session;

        assertThat(full.waitlist()).hasSize(Session.MAX_WAITLIST);
        assertThat(Violations.pathsAndCodesThrownBy(() -> full.reserved(new Seat("late", "c", NOW))))
                .containsExactly("sessionId OUT_OF_RANGE");
        Session cancelled = full.cancelled(NOW);
        assertThat(Violations.pathsAndCodesThrownBy(() -> cancelled.reserved(new Seat("new", "c", NOW))))
                .containsExactly("sessionId INVALID_STATE");
    }

    @Test
    void a_larger_capacity_seats_the_waiting_holders_and_a_smaller_one_may_not_unseat_anyone() {
        Session session = CatalogSamples.openSession(1)
                .reserved(new Seat("a", "contact-a", NOW))
                .reserved(new Seat("b", "contact-b", NOW))
                .reserved(new Seat("c", "contact-c", NOW));
        SessionDetails larger = new SessionDetails(session.details().dates(), session.details().schedule(), null,
                true, 3, List.of(), null);

        Session edited = session.edited(larger, NOW);
        assertThat(edited.seats()).extracting(Seat::holderKey).containsExactly("a", "b", "c");
        // Every holder the larger capacity seated was promoted, not only the first.
        assertThat(edited.promotedSince(session)).extracting(Seat::holderKey).containsExactly("b", "c");
        SessionDetails none = new SessionDetails(session.details().dates(), session.details().schedule(), null,
                true, 0, List.of(), null);
        assertThat(Violations.pathsAndCodesThrownBy(() -> session.edited(none, NOW)))
                .containsExactly("capacity OUT_OF_RANGE");
    }

    @Test
    void session_details_are_bounded_before_any_walk_over_their_days() {
        LocalDate today = LocalDate.of(2026, 3, 2);

        assertThat(Violations.pathsAndCodesThrownBy(() -> SessionDetails.validated(LocalDate.of(2026, 9, 1),
                LocalDate.of(2030, 9, 1), List.of(CatalogSamples.MONDAY_MORNING, CatalogSamples.MONDAY_MORNING),
                null, false, 501, null, null, today))).containsExactly("endOn OUT_OF_RANGE", "schedule.1 DUPLICATE",
                "place REQUIRED", "capacity OUT_OF_RANGE");
        assertThat(Violations.pathsAndCodesThrownBy(() -> SessionDetails.validated(LocalDate.of(9999, 1, 1),
                LocalDate.of(9999, 1, 2), List.of(CatalogSamples.MONDAY_MORNING), null, true, 12, null, null, today)))
                .containsExactly("startOn OUT_OF_RANGE", "endOn OUT_OF_RANGE");
    }
}
