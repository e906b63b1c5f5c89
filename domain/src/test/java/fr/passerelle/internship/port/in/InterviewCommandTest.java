package fr.passerelle.internship.port.in;

import static fr.passerelle.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.internship.model.InterviewSlot;
import fr.passerelle.internship.port.in.InterviewCommand.SlotInput;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewCommandTest {

    private static final String PARIS = "Europe/Paris";

    /** A slot starting {@code hours} hours after {@link fr.passerelle.testing.Fixtures#NOW}, in Paris. */
    private static SlotInput inHours(int hours) {
        return new SlotInput(NOW.plus(Duration.ofHours(hours)), null, PARIS);
    }

    private static InterviewCommand proposing(SlotInput... slots) {
        return new InterviewCommand(List.of(slots), "Studio B");
    }

    private static InterviewCommand proposingHourly(int count) {
        return new InterviewCommand(IntStream.rangeClosed(1, count).mapToObj(InterviewCommandTest::inHours).toList(),
                null);
    }

    private static List<Violation> violationsOf(InterviewCommand command) {
        return Violations.thrownBy(() -> command.validate(NOW));
    }

    private static void assertRefused(InterviewCommand command, String path, ErrorCode code) {
        assertThat(violationsOf(command)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(path.split("\\.")), code));
    }

    @Test
    void a_slot_is_planned_within_ten_years_of_now() {
        assertRefused(proposing(new SlotInput(Instant.parse("+99999-12-31T09:00:00Z"), null, PARIS)),
                "slots.0.startsAt", ErrorCode.OUT_OF_RANGE);
        assertRefused(proposing(new SlotInput(Instant.MAX, null, PARIS)), "slots.0.startsAt", ErrorCode.OUT_OF_RANGE);
        assertRefused(proposing(new SlotInput(NOW.plus(Duration.ofDays(366L * Limits.PLAN_YEARS)), null, PARIS)),
                "slots.0.startsAt", ErrorCode.OUT_OF_RANGE);
        assertThat(proposing(new SlotInput(NOW.plus(Duration.ofDays(365L * Limits.PLAN_YEARS)), null, PARIS))
                .validate(NOW)).hasSize(1);
    }

    @Test
    void a_huge_duration_is_out_of_range() {
        assertRefused(proposing(new SlotInput(NOW.plus(Duration.ofHours(1)), Integer.MAX_VALUE, PARIS)),
                "slots.0.durationMinutes", ErrorCode.OUT_OF_RANGE);
    }

    @Test
    void valid_slots_are_numbered_in_the_order_given_with_their_zone_and_duration() {
        var command = proposing(inHours(48), new SlotInput(NOW.plus(Duration.ofHours(24)), 60, " " + PARIS + " "));

        List<InterviewSlot> slots = command.validate(NOW);

        assertThat(slots).containsExactly(
                new InterviewSlot("1", NOW.plus(Duration.ofHours(48)), InterviewCommand.DEFAULT_MINUTES,
                        ZoneId.of(PARIS)),
                new InterviewSlot("2", NOW.plus(Duration.ofHours(24)), 60, ZoneId.of(PARIS)));
        assertThat(InterviewCommand.DEFAULT_MINUTES).isEqualTo(45);
    }

    @Test
    void the_place_is_trimmed_and_a_blank_one_is_none() {
        assertThat(new InterviewCommand(List.of(inHours(1)), "  Studio B ").cleanPlace()).isEqualTo("Studio B");
        assertThat(new InterviewCommand(List.of(inHours(1)), "   ").cleanPlace()).isNull();
        assertThat(new InterviewCommand(List.of(inHours(1)), null).cleanPlace()).isNull();
    }

    @Test
    void a_place_longer_than_a_long_text_is_refused() {
        var command = new InterviewCommand(List.of(inHours(1)), "x".repeat(Limits.LONG_TEXT + 1));

        assertRefused(command, "place", ErrorCode.TOO_LONG);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void at_least_one_slot_is_proposed(List<SlotInput> slots) {
        assertRefused(new InterviewCommand(slots, null), "slots", ErrorCode.REQUIRED);
    }

    @Test
    void ten_slots_may_be_proposed_but_not_eleven() {
        assertThat(proposingHourly(InterviewCommand.MAX_SLOTS).validate(NOW)).extracting(InterviewSlot::id)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

        assertRefused(proposingHourly(InterviewCommand.MAX_SLOTS + 1), "slots", ErrorCode.OUT_OF_RANGE);
    }

    @Test
    void far_too_many_slots_are_reported_once_as_out_of_range() {
        assertRefused(proposingHourly(Limits.LIST + 1), "slots", ErrorCode.OUT_OF_RANGE);
    }

    @ParameterizedTest(name = "starting {0} s from now")
    @ValueSource(ints = {0, -1, -86_400})
    void a_slot_must_start_in_the_future(int secondsFromNow) {
        var command = proposing(new SlotInput(NOW.plusSeconds(secondsFromNow), null, PARIS));

        assertRefused(command, "slots.0.startsAt", ErrorCode.INVALID);
    }

    @Test
    void a_slot_without_a_start_is_refused() {
        assertRefused(proposing(inHours(2), new SlotInput(null, null, PARIS)), "slots.1.startsAt",
                ErrorCode.REQUIRED);
    }

    @Test
    void the_same_start_cannot_be_proposed_twice() {
        assertRefused(proposing(inHours(2), inHours(3), new SlotInput(NOW.plus(Duration.ofHours(2)), 30, PARIS)),
                "slots.2.startsAt", ErrorCode.DUPLICATE);
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {10, 45, 240})
    void a_slot_lasts_from_ten_minutes_to_four_hours(int minutes) {
        var command = proposing(new SlotInput(NOW.plus(Duration.ofDays(1)), minutes, PARIS));

        assertThat(command.validate(NOW)).extracting(InterviewSlot::durationMinutes).containsExactly(minutes);
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {-45, 0, 9, 241, 480})
    void a_shorter_or_longer_slot_is_refused(int minutes) {
        var command = proposing(new SlotInput(NOW.plus(Duration.ofDays(1)), minutes, PARIS));

        assertRefused(command, "slots.0.durationMinutes", ErrorCode.OUT_OF_RANGE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+01:00", "UTC+1", "Mars/Olympus", "europe/paris", "CET+1"})
    void the_zone_must_be_an_iana_region(String zone) {
        var command = proposing(inHours(5), new SlotInput(NOW.plus(Duration.ofDays(1)), null, zone));

        assertRefused(command, "slots.1.timeZone", ErrorCode.INVALID);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_slot_without_a_zone_is_refused(String zone) {
        var command = proposing(new SlotInput(NOW.plus(Duration.ofDays(1)), null, zone));

        assertThat(violationsOf(command)).extracting(Violation::field)
                .containsExactly(List.of("slots", "0", "timeZone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Europe/Paris", "Asia/Kolkata", "Pacific/Chatham"})
    void any_iana_region_is_accepted(String zone) {
        var command = proposing(new SlotInput(NOW.plus(Duration.ofDays(1)), null, zone));

        assertThat(command.validate(NOW)).extracting(InterviewSlot::zone).containsExactly(ZoneId.of(zone));
    }

    @Test
    void every_problem_is_reported_at_once_with_its_slot() {
        var command = proposing(new SlotInput(NOW.minusSeconds(60), null, "+01:00"), inHours(2),
                new SlotInput(NOW.plus(Duration.ofHours(3)), 5, PARIS));

        assertThat(violationsOf(command)).extracting(Violation::field, Violation::code).containsExactly(
                tuple(List.of("slots", "0", "startsAt"), ErrorCode.INVALID),
                tuple(List.of("slots", "0", "timeZone"), ErrorCode.INVALID),
                tuple(List.of("slots", "2", "durationMinutes"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void an_instant_is_kept_as_given_whatever_the_zone() {
        Instant start = Instant.parse("2026-03-29T01:00:00Z");
        var command = proposing(new SlotInput(start, null, "America/New_York"));

        assertThat(command.validate(NOW).get(0).start()).isEqualTo(start);
    }
}
