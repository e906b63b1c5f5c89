package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules of issue 14 over GraphQL: the D124-4 signing circuit, the social contributions split of the gratification
 * (L242-4-1 CSS), the program's teaching volume (D124-2), the gratification abroad, and what the platform records
 * for them.
 */
class AgreementLawRulesTest extends AgreementApiTest {

    private static final String CONTRIBUTIONS_READ = """
            query($id: ID!) { node(id: $id) { ... on InternshipAgreement { terms { gratification {
              basis monthlyContributions { month presentMinutes paid { amount currency } exempt { amount currency }
                subject { amount currency } } } } } } }""";

    @Test
    void aCircuitLeavingOutAPartyTheLawHasSignIsRefusedNamingEachOne() {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner);
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var input = input(named(), fullTime(start, start.plusWeeks(2)));
        input.put("circuit", List.of(List.of("SCHOOL_SIGNATORY"), List.of("LEARNER", "COMPANY_SIGNATORY")));

        var refused = api.query("school-admin-a", AGREEMENT_CREATE, Map.of("application", application, "input", input));

        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("input", "circuit"), "REQUIRED"));
        assertThat(refused.<List<String>>read("$.data.internshipAgreementCreate.userErrors[*].message"))
                .containsExactlyInAnyOrder(
                        "Le circuit doit faire signer le tuteur dans l'organisme d'accueil (Code de l'éducation, art. D124-4).",
                        "Le circuit doit faire signer l'enseignant référent (Code de l'éducation, art. D124-4).");
        input.remove("circuit");
        assertThat(create(application, input)).as("nothing was stored: the application still gets its agreement")
                .isNotBlank();
    }

    @Test
    void theGratificationIsSplitMonthByMonthIntoItsExemptAndSubjectParts() {
        // March 2026: 22 working days of 7 hours, no public holiday; 2026's minimum is 4,50 € an hour.
        LocalDate start = LocalDate.of(2026, 3, 2);
        var clauses = MarketplaceApiTest.with(clauses(start, LocalDate.of(2026, 3, 31), List.of(fiveDays())),
                "gratification", monthly(800));
        String id = create(acceptedApplication(learnerOfSchoolA()), input(named(), clauses));

        var read = api.query("school-admin-a", CONTRIBUTIONS_READ, Map.of("id", id));

        List<Map<String, Object>> months = read.read("$.data.node.terms.gratification.monthlyContributions");
        assertThat(months).extracting(m -> m.get("month"), m -> m.get("presentMinutes"), m -> m.get("paid"),
                        m -> m.get("exempt"), m -> m.get("subject"))
                .containsExactly(tuple("2026-03", 154 * 60, euroCents(80_000), euroCents(69_300), euroCents(10_700)));
    }

    @Test
    void anInternshipNeedsAProgramOfTwoHundredHoursOfTeachingAYear() {
        Applicant belowMinimum = learnerInProgramOf(150);
        String application = acceptedApplication(belowMinimum);
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var input = input(named(), fullTime(start, start.plusWeeks(2)));

        var refused = api.query("school-admin-a", AGREEMENT_CREATE, Map.of("application", application, "input", input));

        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("input", "terms"), "LEGAL_RULE"));
        assertThat(refused.<String>read("$.data.internshipAgreementCreate.userErrors[0].message"))
                .contains("D124-2", "150 heures", "200 heures").doesNotContain("TEACHING_VOLUME");

        String enough = create(acceptedApplication(learnerInProgramOf(200)), input(named(), fullTime(start,
                start.plusWeeks(2))));
        assertThat(teachingVolume(enough)).containsEntry("severity", "INFO");
        String unknown = create(acceptedApplication(learnerOfSchoolA()), input(named(), fullTime(start,
                start.plusWeeks(2))));
        assertThat(teachingVolume(unknown)).as("no program recorded: a person should look")
                .containsEntry("severity", "WARNING");
    }

    @Test
    void abroadAGratificationBelowTheFrenchMinimumIsAWarningThatSaysTheQuestionIsUnsettled() {
        // March to May 2026 full time in Germany: over 308 h, at 4,00 € an hour against 2026's 4,50 €.
        var clauses = MarketplaceApiTest.with(clauses(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 29),
                List.of(fiveDays())), "gratification", hourly(400));
        clauses.put("country", "DE");

        String id = create(acceptedApplication(learnerOfSchoolA()), input(named(), clauses));

        List<Map<String, Object>> findings = api.query("school-admin-a", """
                query($id: ID!) { node(id: $id) { ... on InternshipAgreement {
                  rules { findings { ruleId severity message } } } } }""", Map.of("id", id))
                .read("$.data.node.rules.findings[?(@.ruleId == 'GRATIFICATION')]");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding).containsEntry("severity", "WARNING");
            assertThat((String) finding.get("message")).contains("Stage à l'étranger (DE)", "n'est pas tranchée",
                    "4,50");
        });
    }

    /** A learner of school A enrolled in a new program of school A with these teaching hours a year. */
    private Applicant learnerInProgramOf(int teachingHoursPerYear) {
        String code = Fixtures.unique("P").replace(' ', '-').toUpperCase(Locale.ROOT);
        given.succeed("school-admin-a", """
                mutation($id: ID!, $code: String!, $hours: Int) { schoolProgramAdd(id: $id, input: {code: $code,
                  name: "Programme", teachingHoursPerYear: $hours}) { userErrors { field code } school { id } } }""",
                Map.of("id", SCHOOL_A, "code", code, "hours", teachingHoursPerYear));
        Applicant learner = learnerOfSchoolA();
        given.succeed("school-admin-a", UPDATE_ACADEMIC, Map.of("id", learner.learnerId(),
                "input", Map.of("programCode", code)));
        return learner;
    }

    private Map<String, Object> teachingVolume(String agreementId) {
        List<Map<String, Object>> findings = api.query("school-admin-a", """
                query($id: ID!) { node(id: $id) { ... on InternshipAgreement {
                  rules { findings { ruleId severity message } } } } }""", Map.of("id", agreementId))
                .read("$.data.node.rules.findings[?(@.ruleId == 'TEACHING_VOLUME')]");
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static Map<String, Object> euroCents(long cents) {
        return Map.of("amount", (int) cents, "currency", "EUR");
    }
}
