package fr.passerelle.internship.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewSlotTest {

    @ParameterizedTest(name = "{1} in {0} reads {2} ({3})")
    @CsvSource({
            // Paris springs forward on 29 March 2026 at 02:00 local (01:00 UTC).
            "Europe/Paris,     2026-03-28T09:00:00Z, 2026-03-28T10:00, +01:00",
            "Europe/Paris,     2026-03-29T00:30:00Z, 2026-03-29T01:30, +01:00",
            "Europe/Paris,     2026-03-29T01:00:00Z, 2026-03-29T03:00, +02:00",
            "Europe/Paris,     2026-03-30T08:00:00Z, 2026-03-30T10:00, +02:00",
            // Paris falls back on 25 October 2026: 02:30 local happens twice.
            "Europe/Paris,     2026-10-25T00:30:00Z, 2026-10-25T02:30, +02:00",
            "Europe/Paris,     2026-10-25T01:30:00Z, 2026-10-25T02:30, +01:00",
            // New York springs forward on 8 March 2026.
            "America/New_York, 2026-03-07T15:00:00Z, 2026-03-07T10:00, -05:00",
            "America/New_York, 2026-03-09T14:00:00Z, 2026-03-09T10:00, -04:00",
    })
    void the_start_reads_at_the_wall_clock_time_of_the_zone_daylight_saving_included(
            String zone, Instant start, LocalDateTime wallClock, String offset) {
        InterviewSlot slot = new InterviewSlot("1", start, 45, ZoneId.of(zone));

        assertThat(slot.localStart().toLocalDateTime()).isEqualTo(wallClock);
        assertThat(slot.localStart().getOffset()).isEqualTo(ZoneOffset.of(offset));
        assertThat(slot.localStart().getZone()).isEqualTo(ZoneId.of(zone));
    }

    @Test
    void an_hour_long_slot_across_the_spring_change_ends_two_wall_clock_hours_later() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        InterviewSlot slot = new InterviewSlot("1", Instant.parse("2026-03-29T00:30:00Z"), 60, paris);

        assertThat(slot.end()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(slot.end().atZone(paris).toLocalTime()).hasToString("03:30");
    }
}
