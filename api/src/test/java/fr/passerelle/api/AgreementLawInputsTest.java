package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second round of legal checks as a client meets them over GraphQL: inputs that used to slip through (a weekday
 * given twice, a day of extra presence over 10 h), the leave clause over two months (L124-13), the mandatory clauses
 * when sending (D124-4), and the last day of an interruption.
 */
class AgreementLawInputsTest extends AgreementApiTest {

    private GraphQlHttp.Reply createFor(Map<String, Object> clauses) {
        return api.query("school-admin-a", AGREEMENT_CREATE, Map.of("application",
                acceptedApplication(learnerOfSchoolA()), "input", input(named(), clauses)));
    }

    @Test
    void aWeekdayGivenTwiceIsRefusedInsteadOfKeepingTheLastValue() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var twice = week(DayOfWeek.MONDAY, DAY, DayOfWeek.TUESDAY, DAY, DayOfWeek.MONDAY, 60);

        var clauses = fullTime(start, start.plusWeeks(2));
        clauses.put("weeks", List.of(twice));

        var reply = createFor(clauses);

        assertThat(userErrors(reply)).containsExactly(
                Map.entry(List.of("input", "terms", "weeks", "0", "MONDAY"), "DUPLICATE"));
    }

    @Test
    void extraPresenceOverTenHoursADayIsRefusedOnItsField() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var clauses = fullTime(start, start.plusWeeks(2));
        // 7 h planned on the Tuesday plus 4 h: 11 h that day (a 39 h week).
        clauses.put("exceptions", List.of(Map.of("date", start.plusDays(1).toString(), "minutes", 240,
                "kind", "EXTRA_PRESENCE")));

        var reply = createFor(clauses);

        assertThat(userErrors(reply)).containsExactly(
                Map.entry(List.of("input", "terms", "exceptions", "0", "minutes"), "OUT_OF_RANGE"));
        assertThat(reply.<String>read("$.data.internshipAgreementCreate.userErrors[0].message"))
                .isEqualTo("11 h de présence ce jour-là, plus que le maximum légal de 10 h par jour pour un stagiaire.");
    }

    @Test
    void threeMonthsWithoutALeaveClauseAreRefusedNamingTheArticles() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var clauses = fullTime(start, start.plusMonths(3).minusDays(1));
        clauses.remove("leaveAndAbsence");

        var reply = createFor(clauses);

        assertThat(userErrors(reply)).containsExactly(
                Map.entry(List.of("input", "terms", "leaveAndAbsence"), "LEGAL_RULE"));
        assertThat(reply.<String>read("$.data.internshipAgreementCreate.userErrors[0].message"))
                .endsWith(" Texte applicable : Code de l'éducation, art. L124-13 et D124-4.")
                .doesNotContain("LEAVE_CLAUSE");
    }

    @Test
    void sendingRequiresEveryMandatoryClauseAndListsTheMissingOnes() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var clauses = fullTime(start, start.plusWeeks(2));
        clauses.remove("socialProtection");
        clauses.remove("evaluation");
        Internship draft = drafted(clauses);
        step("school-admin-a", AGREEMENT_SUBMIT, draft.id());

        var reply = api.query("school-admin-a", AGREEMENT_SEND, Map.of("id", draft.id()));

        assertThat(userErrors(reply)).containsExactly(
                Map.entry(List.of("terms", "socialProtection"), "LEGAL_RULE"),
                Map.entry(List.of("terms", "evaluation"), "LEGAL_RULE"));
        assertThat(agreement(draft.id())).containsEntry("status", "UNDER_VALIDATION");
    }

    @Test
    void anInterruptionCountsToTheLastDayItStatesWithinTheInternship() {
        LocalDate start = today().minusDays(10);
        Internship running = signed(fullTime(start, start.plusWeeks(6)));
        step("school-admin-a", AGREEMENT_START, running.id());
        String interrupt = """
                mutation($id: ID!, $reason: String!, $lastDay: Date) {
                  internshipAgreementInterrupt(id: $id, reason: $reason, lastDay: $lastDay) {
                    userErrors { field code message } agreement { id status interruptedOn } } }""";

        var ahead = api.query("school-admin-a", interrupt, Map.of("id", running.id(), "reason", "Rupture",
                "lastDay", today().plusDays(1).toString()));
        assertThat(userErrors(ahead)).containsExactly(Map.entry(List.of("lastDay"), "OUT_OF_RANGE"));

        var reply = given.succeed("school-admin-a", interrupt, Map.of("id", running.id(), "reason", "Rupture",
                "lastDay", start.plusDays(2).toString()));
        assertThat(reply.<String>read("$.data.internshipAgreementInterrupt.agreement.interruptedOn"))
                .isEqualTo(start.plusDays(2).toString());
        assertThat(reply.<String>read("$.data.internshipAgreementInterrupt.agreement.status")).isEqualTo("INTERRUPTED");
    }
}
