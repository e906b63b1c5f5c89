package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The legal rules and the draft's checks as a client meets them over GraphQL: a breach is a {@code LEGAL_RULE} user
 * error naming the rule and its article under the field to change, a malformed draft lists every problem under its
 * input path, and nothing is stored on refusal (the application can still get its one agreement).
 */
class AgreementRulesTest extends AgreementApiTest {

    private static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en");
    private static final String FINDINGS_READ = """
            query($id: ID!) { node(id: $id) { ... on InternshipAgreement {
              rules { findings { ruleId article severity message figures { name value unit } } } } } }""";

    @Test
    void moreThanSixMonthsWithTheHostIsRefusedUnderTheEndDate() {
        // A whole academic year, September to June, full time: far beyond 924 hours in one academic year.
        LocalDate september = LocalDate.of(today().getYear() + 1, Month.SEPTEMBER, 1);
        var refused = attempt(fullTime(september, september.plusMonths(10).minusDays(1)));

        assertThat(userErrors(refused.reply())).containsExactly(Map.entry(List.of("input", "terms", "end"), "LEGAL_RULE"));
        assertThat(refused.reply().<String>read("$.data.internshipAgreementCreate.userErrors[0].message"))
                .startsWith("En ").contains("L124-5").doesNotContain("MAX_DURATION");
        assertNothingStored(refused);
    }

    @Test
    void aFarFutureEndIsRefusedBeforeAnyDayIsCountedAndTheServerStillAnswers() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        // Counted day by day, this period took gigabytes of heap: it is now a user error under the end date.
        var refused = attempt(fullTime(start, LocalDate.of(9999, 12, 31)));
        assertThat(userErrors(refused.reply())).containsExactly(Map.entry(List.of("input", "terms", "end"), "OUT_OF_RANGE"));

        var unwritable = attempt(fullTime(start, LocalDate.of(99_999, 12, 31)));
        Fixtures.assertClassifiedBadInput(unwritable.reply(), "Date");

        assertNothingStored(refused);
    }

    @Test
    void threeMonthsFullTimeWithoutGratificationIsRefusedUnderTheGratification() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var refused = attempt(clauses(start, start.plusMonths(3).minusDays(1), List.of(fiveDays())));

        assertThat(userErrors(refused.reply()))
                .containsExactly(Map.entry(List.of("input", "terms", "gratification"), "LEGAL_RULE"));
        assertThat(refused.reply().<String>read("$.data.internshipAgreementCreate.userErrors[0].message"))
                .startsWith("Gratification obligatoire dès la première heure : ")
                .endsWith(" Texte applicable : Code de l'éducation, art. L124-6 et D124-8.");
        assertNothingStored(refused);
    }

    /**
     * The same rules are read in French by default and in English when the request prefers it; what a client
     * switches on (rule, severity, figures) is the same in both. A refusal naming a rule is written the same way.
     */
    @Test
    void findingsAndLegalRuleErrorsAreWrittenInTheReadersLanguage() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        String id = create(acceptedApplication(learnerOfSchoolA()), input(named(), fullTime(start, start.plusDays(11))));

        var french = findings(api.query("school-admin-a", FINDINGS_READ, Map.of("id", id)));
        var english = findings(api.query("school-admin-a", FINDINGS_READ, Map.of("id", id), ENGLISH));

        assertThat(english.keySet()).containsExactlyElementsOf(french.keySet()).contains("MAX_DURATION", "GRATIFICATION");
        french.forEach((rule, finding) -> assertThat(english.get(rule)).as(rule)
                .containsEntry("severity", finding.get("severity")).containsEntry("figures", finding.get("figures"))
                .doesNotContainEntry("message", finding.get("message")));
        assertThat(french.get("GRATIFICATION")).containsEntry("article", "Code de l'éducation, art. L124-6 et D124-8")
                .extractingByKey("message").asString().startsWith("Gratification facultative : ")
                .contains(" de présence prévues par cette convention, pas plus de 308 h (2 mois)");
        assertThat(english.get("GRATIFICATION")).containsEntry("article", "Code de l'éducation, art. L124-6 and D124-8")
                .extractingByKey("message").asString().startsWith("Gratification optional: ")
                .contains(" of presence planned by this agreement, no more than 308 h (2 months)");
        assertThat(english.get("MAX_DURATION")).extractingByKey("message").asString()
                .contains("would stay within the maximum of 924 h (6 months) per academic year");

        var refused = attempt(clauses(start, start.plusMonths(3).minusDays(1), List.of(fiveDays())), input -> { },
                ENGLISH);
        assertThat(userErrors(refused.reply()))
                .containsExactly(Map.entry(List.of("input", "terms", "gratification"), "LEGAL_RULE"));
        assertThat(refused.reply().<String>read("$.data.internshipAgreementCreate.userErrors[0].message"))
                .startsWith("Gratification mandatory from the first hour: ")
                .endsWith(" Applicable law: Code de l'éducation, art. L124-6 and D124-8.")
                .contains("the agreement must state its amount");
    }

    /** The findings of a read agreement by rule, in their order. */
    private static Map<String, Map<String, Object>> findings(GraphQlHttp.Reply reply) {
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        Map<String, Map<String, Object>> byRule = new LinkedHashMap<>();
        asList(reply.read("$.data.node.rules.findings")).forEach(f -> byRule.put((String) f.get("ruleId"), f));
        return byRule;
    }

    @Test
    void aOneDayInternshipWithoutGratificationPasses() {
        LocalDate day = next(DayOfWeek.TUESDAY);
        var reply = attempt(clauses(day, day, List.of(fiveDays()))).reply();

        assertThat(result(reply)).isEqualTo(OK);
        var agreement = reply.<Map<String, Object>>read("$.data.internshipAgreementCreate.agreement");
        assertThat(agreement).containsEntry("status", "DRAFT");
        var rules = asMap(agreement.get("rules"));
        assertThat(rules).containsEntry("blocking", false).containsEntry("gratificationSchedule", List.of());
        assertThat(asMap(rules.get("presence")).get("minutes")).as("one day, unless a public holiday")
                .isIn(DAY, 0);
        assertThat(asList(rules.get("findings"))).filteredOn(f -> "GRATIFICATION".equals(f.get("ruleId")))
                .singleElement().satisfies(f -> assertThat(f).containsEntry("severity", "INFO"));
    }

    @Test
    void aMalformedDraftIsRefusedWithEveryProblemUnderItsPath() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var clauses = clauses(start, start.plusWeeks(2), List.of(week(DayOfWeek.MONDAY, 1_500, DayOfWeek.TUESDAY,
                DAY)));
        var refused = attempt(clauses, input -> input.put("tutor", party(TUTOR_NAME, null, "Chef d'atelier")));

        assertThat(userErrors(refused.reply())).containsOnly(
                Map.entry(List.of("input", "terms", "weeks", "0", "MONDAY"), "OUT_OF_RANGE"),
                Map.entry(List.of("input", "tutor", "email"), "REQUIRED"));
        assertNothingStored(refused);
    }

    @Test
    void aMinorsAgreementNeedsTheirLegalRepresentativeWhoSignsWithThem() {
        Applicant minor = learnerOfSchoolA(today().minusYears(16));
        String application = acceptedApplication(minor);
        Named named = named();
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var input = input(named, fullTime(start, start.plusWeeks(2).minusDays(3)));
        var refused = api.query("school-admin-a", AGREEMENT_CREATE, Map.of("application", application, "input", input));

        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("input", "legalRepresentative"), "REQUIRED"));
        assertThat(agreementsOf(minor.learnerId())).isEmpty();

        Caller parent = newPersonWithoutRole();
        input.put("legalRepresentative", party("Hélène Durand", parent.email(), "Mère"));
        String id = create(application, input);
        var circuit = asList(signingOf(agreement(id)).get("circuit"));
        assertThat(asList(circuit.get(0).get("signatories"))).extracting(s -> s.get("id"), s -> s.get("email"))
                .containsExactly(tuple(LEARNER_SIGNS, minor.caller().email()),
                        tuple(LEGAL_REPRESENTATIVE_SIGNS, parent.email()));
        assertThat(as(parent, AGREEMENT_READ, Map.of("id", id)).<String>read("$.data.node.id"))
                .as("the parent is named by their verified e-mail").isEqualTo(id);
    }

    @Test
    void anApplicationHasOneAgreement() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = drafted(fullTime(start, start.plusWeeks(2).minusDays(3)));

        var again = api.query("school-admin-a", AGREEMENT_CREATE, Map.of("application", internship.applicationId(),
                "input", input(named(), fullTime(start, start.plusWeeks(3).minusDays(3)))));
        assertThat(userErrors(again)).containsExactly(Map.entry(List.of("applicationId"), "DUPLICATE"));
        assertThat(agreementsOf(internship.learner().learnerId())).containsExactly(internship.id());
        assertThat(asMap(agreement(internship.id()).get("terms"))).as("the first draft, untouched")
                .containsEntry("end", start.plusWeeks(2).minusDays(3).toString());
    }

    @Test
    void onlyAnAcceptedApplicationBecomesAnAgreement() {
        Applicant learner = learnerOfSchoolA();
        String offered = offered(learner.caller(), published(terms(Fixtures.unique("Stage proposé"))));
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);

        var refused = api.query("school-admin-a", AGREEMENT_CREATE, Map.of("application", offered,
                "input", input(named(), fullTime(start, start.plusWeeks(2)))));
        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("applicationId"), "INVALID_STATE"));
        assertThat(agreementsOf(learner.learnerId())).isEmpty();
    }

    @Test
    void theInternsOtherAgreementsWithTheHostAddUpTowardSixMonths() {
        // Five months with company X from September, then two more with X in the same academic year.
        LocalDate september = LocalDate.of(today().getYear() + 1, Month.SEPTEMBER, 1);
        Internship first = drafted(fullTime(september, september.plusMonths(5).minusDays(1)));
        LocalDate february = september.plusMonths(5);
        var twoMonths = fullTime(february, february.plusMonths(2).minusDays(1));

        var withTheSameHost = direct(first.learner().learnerId(), COMPANY_X, input(named(), twoMonths));
        assertThat(userErrors(withTheSameHost))
                .containsExactly(Map.entry(List.of("input", "terms", "end"), "LEGAL_RULE"));
        assertThat(agreementsOf(first.learner().learnerId())).containsExactly(first.id());

        var withAnotherHost = direct(first.learner().learnerId(), COMPANY_Y, input(named(), twoMonths));
        assertThat(result(withAnotherHost)).as("another host counts apart").isEqualTo(OK);
        var agreement = withAnotherHost.<Map<String, Object>>read("$.data.internshipAgreementCreateDirect.agreement");
        assertThat(asMap(asMap(agreement.get("parties")).get("company"))).containsEntry("name", "Sonotec Live");
        assertThat(agreementsOf(first.learner().learnerId())).containsExactly((String) agreement.get("id"), first.id());
    }

    @Test
    void aTutorFollowsAtMostThreeInternsAtOnceKnownByTheirEmailInAnyCase() {
        Caller tutor = newPersonWithoutRole();
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var clauses = fullTime(start, start.plusWeeks(4).minusDays(3));
        List<String> followed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            followed.add(given.succeed("school-admin-a", AGREEMENT_CREATE_DIRECT, Map.of("learner",
                    learnerRegisteredBySchoolA(), "company", COMPANY_X, "input", input(namedWithTutor(tutor), clauses)))
                    .read("$.data.internshipAgreementCreateDirect.agreement.id"));
        }
        var fourthInput = input(named(), clauses);
        fourthInput.put("tutor", party(TUTOR_NAME, tutor.email().toUpperCase(Locale.ROOT), "Chef d'atelier"));
        String fourth = learnerRegisteredBySchoolA();

        var refused = direct(fourth, COMPANY_X, fourthInput);
        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("input", "tutor"), "LEGAL_RULE"));
        assertThat(refused.<String>read("$.data.internshipAgreementCreateDirect.userErrors[0].message"))
                .contains("L124-9").doesNotContain("TUTOR_LOAD");

        step("school-admin-a", AGREEMENT_CANCEL, followed.get(0));
        assertThat(result(direct(fourth, COMPANY_X, fourthInput))).as("a cancelled internship is not followed")
                .isEqualTo(OK);
    }

    /**
     * School B's agreements are not school A's to read, yet its tutor's load counts them: what A reads says whether
     * the legal maximum is passed, never how many interns the tutor follows nor when B's internships run, so moving
     * A's dates around tells "in conflict" or not and nothing more.
     */
    @Test
    void aTutorsLoadFromAnotherSchoolsAgreementsTellsNeitherTheirCountNorTheirDates() {
        Caller tutor = newPersonWithoutRole();
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(2);
        LocalDate end = start.plusWeeks(4).minusDays(3);
        for (int i = 0; i < 3; i++) {
            String learnerOfB = (String) register("school-admin-b", SCHOOL_B, "Sacha", Fixtures.unique("Voisin"),
                    Fixtures.freshEmail()).get("id");
            given.succeed("school-admin-b", AGREEMENT_CREATE_DIRECT, Map.of("learner", learnerOfB, "company",
                    COMPANY_X, "input", input(namedWithTutor(tutor), fullTime(start, end))));
        }
        var french = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

        var refused = direct(learnerRegisteredBySchoolA(), COMPANY_X,
                input(namedWithTutor(tutor), fullTime(start.minusWeeks(1), end)));
        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("input", "tutor"), "LEGAL_RULE"));
        assertThat(refused.<String>read("$.data.internshipAgreementCreateDirect.userErrors[0].message"))
                .contains("maximum légal de 3 stagiaires")
                .doesNotContain(start.format(french), end.format(french), "4 stagiaires");

        var after = direct(learnerRegisteredBySchoolA(), COMPANY_X,
                input(namedWithTutor(tutor), fullTime(end.plusWeeks(1), end.plusWeeks(3))));
        var before = direct(learnerRegisteredBySchoolA(), COMPANY_X,
                input(namedWithTutor(tutor), fullTime(start.minusWeeks(4), start.minusWeeks(1))));
        for (var reply : List.of(after, before)) {
            assertThat(result(reply)).isEqualTo(OK);
            List<Map<String, Object>> load = reply.read(
                    "$.data.internshipAgreementCreateDirect.agreement.rules.findings[?(@.ruleId == 'TUTOR_LOAD')]");
            assertThat(load).singleElement().satisfies(finding -> {
                assertThat(finding.get("message"))
                        .isEqualTo("Le tuteur ne suivrait pas plus de 3 stagiaires à la fois pendant ce stage.");
                assertThat(asList(finding.get("figures"))).containsExactly(
                        Map.of("name", "limit", "value", 3.0, "unit", "INTERNS"));
            });
        }
    }

    @Test
    void aMalformedCircuitIsReportedUnderTheInput() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var refused = attempt(fullTime(start, start.plusWeeks(2)), input -> input.put("circuit",
                List.of(List.of("LEARNER"), List.of("LEARNER", "SCHOOL_SIGNATORY"))));

        assertThat(userErrors(refused.reply())).containsExactly(Map.entry(List.of("input", "circuit", "1"), "DUPLICATE"));
        assertNothingStored(refused);
    }

    @Test
    void anAdultsCircuitCannotNameALegalRepresentative() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var refused = attempt(fullTime(start, start.plusWeeks(2)), input -> input.put("circuit",
                List.of(List.of("LEARNER", "LEGAL_REPRESENTATIVE"), List.of("SCHOOL_SIGNATORY"))));

        assertThat(userErrors(refused.reply()).values()).containsExactly("INVALID");
        assertNothingStored(refused);
    }

    @Test
    void aDayOffOutsideTheInternshipIsRefusedUnderItsDate() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var clauses = fullTime(start, start.plusWeeks(2));
        clauses.put("exceptions", List.of(Map.of("date", start.minusDays(1).toString(), "minutes", DAY,
                "kind", "LEAVE")));
        var refused = attempt(clauses);

        assertThat(userErrors(refused.reply()))
                .containsExactly(Map.entry(List.of("input", "terms", "exceptions", "0", "date"), "OUT_OF_RANGE"));
        assertNothingStored(refused);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A refused (or accepted) attempt on a fresh accepted application, and what a legal draft would be. */
    private record Attempt(GraphQlHttp.Reply reply, Applicant learner, String application, Named named) {
    }

    private Attempt attempt(Map<String, Object> clauses) {
        return attempt(clauses, input -> { });
    }

    /**
     * The offer states no stipend: an agreement made from it starts with none, so the rules judge the gratification
     * the draft states (an offer's stipend would be prefilled where the draft leaves it out).
     */
    private Attempt attempt(Map<String, Object> clauses, Consumer<Map<String, Object>> change) {
        return attempt(clauses, change, Map.of());
    }

    /** @param headers more request headers, such as {@code Accept-Language} */
    private Attempt attempt(Map<String, Object> clauses, Consumer<Map<String, Object>> change,
                            Map<String, String> headers) {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner,
                with(terms(Fixtures.unique("Stage sans gratification")), "monthlyStipend", null));
        Named named = named();
        var input = input(named, clauses);
        change.accept(input);
        return new Attempt(api.query("school-admin-a", AGREEMENT_CREATE, Map.of("application", application,
                "input", input), headers), learner, application, named);
    }

    private GraphQlHttp.Reply direct(String learnerId, String companyId, Map<String, Object> input) {
        return api.query("school-admin-a", AGREEMENT_CREATE_DIRECT, Map.of("learner", learnerId, "company", companyId,
                "input", input));
    }

    /** A learner school A registered, who has no account: their school still records their internships. */
    private String learnerRegisteredBySchoolA() {
        return (String) register("school-admin-a", SCHOOL_A, "Alex", Fixtures.unique("Externe"), Fixtures.freshEmail())
                .get("id");
    }

    /** The refused draft left nothing: no agreement listed, and the application still gets its one agreement. */
    private void assertNothingStored(Attempt refused) {
        assertThat(agreementsOf(refused.learner().learnerId())).isEmpty();
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        String id = create(refused.application(), input(refused.named(), fullTime(start, start.plusWeeks(2))));
        assertThat(agreementsOf(refused.learner().learnerId())).containsExactly(id);
    }
}
