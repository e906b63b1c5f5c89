package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interviews in the place's time zone: a slot is an instant plus an IANA zone, shown as the clocks of that zone read
 * it, daylight saving included, whoever reads it. Proposing again reschedules (a new round, the picked slot
 * cleared); either side calls it off.
 */
class MarketplaceInterviewTest extends MarketplaceApiTest {

    private static String offer;

    private String offer() {
        if (offer == null) {
            offer = published(with(terms("Entretiens " + tag()), "positions", 50));
        }
        return offer;
    }

    /** The zone's next change of offset at least three days from now. */
    private static ZoneOffsetTransition nextChange(ZoneId zone) {
        return zone.getRules().nextTransition(Instant.now().plusSeconds(3 * 24 * 3600));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"America/New_York", "Europe/Paris"})
    void slotsAcrossADaylightSavingChangeKeepTheirWallClockTime(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        ZoneOffsetTransition change = nextChange(zone);
        LocalDate day = change.getDateTimeBefore().toLocalDate();
        ZonedDateTime before = day.minusDays(1).atTime(10, 0).atZone(zone);
        ZonedDateTime after = day.plusDays(1).atTime(10, 0).atZone(zone);
        assertThat(before.getOffset()).isEqualTo(change.getOffsetBefore());
        assertThat(after.getOffset()).isEqualTo(change.getOffsetAfter());

        Applicant learner = independentLearner();
        String application = apply(learner.caller(), offer());
        // The starts are sent in UTC: the zone alone must say what the clocks of the place show.
        var proposed = given.succeed("recruiter-x", PROPOSE, Map.of("id", application, "input", Map.of(
                "place", "https://visio.example/entretien", "slots", List.of(
                        Map.of("startsAt", before.toInstant().toString(), "timeZone", zoneId, "durationMinutes", 30),
                        Map.of("startsAt", after.withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime().toString(),
                                "timeZone", zoneId)))));
        String path = "$.data.applicationInterviewPropose.application";
        assertThat(proposed.<String>read(path + ".status")).isEqualTo("INTERVIEW");
        assertThat(proposed.<String>read(path + ".interview.status")).isEqualTo("PROPOSED");
        assertThat(proposed.<Integer>read(path + ".interview.round")).isEqualTo(1);

        for (Caller reader : List.of(learner.caller(), persona("recruiter-x"))) {
            var read = as(reader, APPLICATION_READ, Map.of("id", application));
            List<Map<String, Object>> slots = read.read("$.data.node.interview.slots");
            assertThat(slots).hasSize(2);
            assertSlot(slots.get(0), "1", before, 30, zoneId);
            assertSlot(slots.get(1), "2", after, 45, zoneId);
            assertThat(slots.get(0).get("utcOffset")).isNotEqualTo(slots.get(1).get("utcOffset"));
        }
    }

    private static void assertSlot(Map<String, Object> slot, String id, ZonedDateTime start, int minutes, String zone) {
        assertThat(slot).contains(entry("id", id), entry("timeZone", zone), entry("durationMinutes", minutes),
                entry("localStart", start.toLocalDateTime().toString()), entry("utcOffset", start.getOffset().getId()));
        assertThat(OffsetDateTime.parse((String) slot.get("startsAt")).toInstant()).isEqualTo(start.toInstant());
        assertThat(OffsetDateTime.parse((String) slot.get("endsAt")).toInstant())
                .isEqualTo(start.toInstant().plusSeconds(60L * minutes));
    }

    @Test
    void proposingAgainReschedulesAndTheLearnerMayCallItOff() {
        Applicant learner = independentLearner();
        String application = apply(learner.caller(), offer());
        var paris = ZoneId.of("Europe/Paris");
        var first = today().plusDays(8).atTime(9, 30).atZone(paris);
        var second = today().plusDays(9).atTime(14, 0).atZone(paris);
        given.succeed("recruiter-x", PROPOSE, Map.of("id", application, "input", Map.of("place", "Atelier Gerland",
                "slots", List.of(slot(first, 45), slot(second, 45)))));

        var picked = succeed(learner.caller(), PICK, Map.of("id", application, "slot", "2"));
        var interview = "$.data.applicationInterviewPick.application.interview";
        assertThat(picked.<String>read(interview + ".status")).isEqualTo("SCHEDULED");
        assertThat(picked.<String>read(interview + ".chosenSlot.id")).isEqualTo("2");
        assertThat(picked.<String>read(interview + ".chosenSlot.localStart")).isEqualTo(second.toLocalDateTime().toString());

        var later = today().plusDays(12).atTime(11, 0).atZone(paris);
        var rescheduled = given.succeed("recruiter-x", PROPOSE, Map.of("id", application, "input", Map.of(
                "place", "Atelier Gerland, bureau 2", "slots", List.of(slot(later, 60)))));
        var application2 = "$.data.applicationInterviewPropose.application";
        assertThat(rescheduled.<String>read(application2 + ".status")).isEqualTo("INTERVIEW");
        assertThat(rescheduled.<Integer>read(application2 + ".interview.round")).isEqualTo(2);
        assertThat(rescheduled.<String>read(application2 + ".interview.status")).isEqualTo("PROPOSED");
        assertThat(rescheduled.<Object>read(application2 + ".interview.chosenSlot")).as("the pick is cleared").isNull();
        assertThat(rescheduled.<String>read(application2 + ".interview.place")).isEqualTo("Atelier Gerland, bureau 2");
        assertThat(rescheduled.<List<String>>read(application2 + ".interview.slots[*].localStart"))
                .containsExactly(later.toLocalDateTime().toString());
        assertThat(rescheduled.<List<String>>read(application2 + ".history[*].note")).last()
                .isEqualTo("interview rescheduled");

        var cancelled = succeed(learner.caller(), CANCEL, Map.of("id", application, "reason", "Empêchement familial"));
        var after = "$.data.applicationInterviewCancel.application";
        assertThat(cancelled.<String>read(after + ".status")).isEqualTo("INTERVIEW");
        assertThat(cancelled.<String>read(after + ".interview.status")).isEqualTo("CANCELLED");
        assertThat(cancelled.<List<String>>read(after + ".history[*].note")).last().isEqualTo("Empêchement familial");

        var tooLate = as(learner.caller(), PICK, Map.of("id", application, "slot", "1"));
        assertThat(userErrors(tooLate)).containsExactly(entry(List.of("slotId"), "INVALID_STATE"));

        var again = given.succeed("recruiter-x", PROPOSE, Map.of("id", application, "input", interviewNextWeek()));
        assertThat(again.<Integer>read(application2 + ".interview.round")).isEqualTo(3);
        assertThat(again.<String>read(application2 + ".interview.status")).isEqualTo("PROPOSED");
    }

    @Test
    void theCompanyMayCallItOffButNotAnotherCompany() {
        Applicant learner = independentLearner();
        String application = apply(learner.caller(), offer());
        given.succeed("recruiter-x", PROPOSE, Map.of("id", application, "input", interviewNextWeek()));

        assertThat(result(api.query("recruiter-y", CANCEL, Map.of("id", application)))).isEqualTo(NOT_FOUND);
        assertThat(result(api.query("advisor", CANCEL, Map.of("id", application)))).isEqualTo(FORBIDDEN);
        var cancelled = given.succeed("recruiter-x", CANCEL, Map.of("id", application));
        assertThat(cancelled.<String>read("$.data.applicationInterviewCancel.application.interview.status"))
                .isEqualTo("CANCELLED");
        assertThat(cancelled.<List<String>>read("$.data.applicationInterviewCancel.application.history[*].note"))
                .last().isEqualTo("interview cancelled");
        var again = given.succeed("recruiter-x", CANCEL, Map.of("id", application));
        assertThat(again.<List<Object>>read("$.data.applicationInterviewCancel.application.history"))
                .as("cancelling again changes nothing").hasSameSizeAs(
                        cancelled.<List<Object>>read("$.data.applicationInterviewCancel.application.history"));
    }

    @Test
    void aSlotBeyondTenYearsOrBeyondFourDigitYearsIsRefusedAndTheServerStillAnswers() {
        Applicant learner = independentLearner();
        String application = apply(learner.caller(), offer());
        var farButWritable = Map.<String, Object>of("startsAt", "9999-12-31T09:00:00Z", "timeZone", "Europe/Paris",
                "durationMinutes", 45);
        var refused = api.query("recruiter-x", PROPOSE, Map.of("id", application, "input",
                Map.of("slots", List.of(farButWritable))));
        assertThat(userErrors(refused)).containsExactly(entry(List.of("input", "slots", "0", "startsAt"), "OUT_OF_RANGE"));

        var unwritable = api.query("recruiter-x", PROPOSE, Map.of("id", application, "input", Map.of("slots",
                List.of(Map.of("startsAt", "+99999-12-31T09:00:00Z", "timeZone", "Europe/Paris")))));
        Fixtures.assertClassifiedBadInput(unwritable, "DateTime");

        assertThat(application(application)).containsEntry("interview", null);
        given.succeed("recruiter-x", PROPOSE, Map.of("id", application, "input", interviewNextWeek()));
    }

    @Test
    void noInterviewOnceThePositionIsOffered() {
        Applicant learner = independentLearner();
        String application = offered(learner.caller(), offer());
        var refused = api.query("recruiter-x", PROPOSE, Map.of("id", application, "input", interviewNextWeek()));
        assertThat(userErrors(refused)).containsValue("INVALID_STATE").hasSize(1);
        assertThat(application(application)).containsEntry("status", "OFFERED").containsEntry("interview", null);
    }
}
