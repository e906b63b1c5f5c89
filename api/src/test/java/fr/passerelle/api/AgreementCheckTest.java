package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dry run of drafting an agreement ({@code internshipAgreementCheck}) and the data a refused draft carries, over
 * GraphQL: the figures come from the law's numbers (7 h a day, 22 days a month, 308 h, 924 h), nothing is stored,
 * and only who may draft the agreement may check it. Periods keep presence on public holidays so that every weekday
 * counts whatever the date the test runs.
 */
class AgreementCheckTest extends AgreementApiTest {

    private static final String FIGURES = """
            userErrors { field code message } checked blocking
            findings { ruleId article severity message figures { name value unit } }
            presence { minutes hours minutesBeyondHours days minutesBeyondDays months daysBeyondMonths }
            gratificationThreshold { hours days }
            gratificationThresholdCrossedOn gratificationMandatory
            gratificationSchedule { month presentMinutes minimumAmount { amount currency } }
            academicYears { year presence { hours } cap { hours months } overCap gratificationMandatory }
            gratificationsMadeDue { id }""";
    private static final String CHECK_APPLICATION = """
            query($application: ID!, $input: InternshipAgreementInput!) {
              internshipAgreementCheck(applicationId: $application, input: $input) { %s } }""".formatted(FIGURES);
    private static final String CHECK_DIRECT = """
            query($learner: ID!, $company: ID, $input: InternshipAgreementInput!) {
              internshipAgreementCheck(learnerId: $learner, companyId: $company, input: $input) { %s } }"""
            .formatted(FIGURES);
    private static final String CREATE_WITH_CHECK = """
            mutation($application: ID!, $input: InternshipAgreementInput!) {
              internshipAgreementCreate(applicationId: $application, input: $input) {
                userErrors { field code message } agreement { id } check { %s } gratificationsMadeDue { id } } }"""
            .formatted(FIGURES);
    private static final String CREATE_DIRECT_WITH_DUE = """
            mutation($learner: ID!, $company: ID, $input: InternshipAgreementInput!) {
              internshipAgreementCreateDirect(learnerId: $learner, companyId: $company, input: $input) {
                userErrors { field code } agreement { id } gratificationsMadeDue { id } } }""";
    private static final String INBOX = """
            { viewer { notifications(first: 100) { edges { node { kind title targetId } } } } }""";
    private static final String NOW_DUE = "AGREEMENT_GRATIFICATION_NOW_DUE";

    @Test
    void theDryRunGivesTheFiguresFromTheLawsNumbersAndStoresNothing() {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner);
        LocalDate start = monday();
        // Ten weeks of five 7-hour days: 50 days, 350 h, 2 months of 22 days and 6 days; the 45th day (Friday of the
        // ninth week) takes the presence over 308 h.
        var check = check(CHECK_APPLICATION, Map.of("application", application, "input",
                input(named(), everyDay(start, start.plusWeeks(10).minusDays(3)))));

        assertThat(check.get("userErrors")).isEqualTo(List.of());
        assertThat(check).containsEntry("checked", true).containsEntry("blocking", false)
                .containsEntry("gratificationMandatory", true)
                .containsEntry("gratificationThresholdCrossedOn", start.plusWeeks(8).plusDays(4).toString());
        assertThat(asMap(check.get("presence"))).isEqualTo(Map.of("minutes", 21_000, "hours", 350,
                "minutesBeyondHours", 0, "days", 50, "minutesBeyondDays", 0, "months", 2, "daysBeyondMonths", 6));
        assertThat(asMap(check.get("gratificationThreshold"))).isEqualTo(Map.of("hours", 308, "days", 44));
        assertThat(asList(check.get("academicYears"))).singleElement().satisfies(year -> {
            assertThat(year).containsEntry("overCap", false).containsEntry("gratificationMandatory", true);
            assertThat(asMap(year.get("presence"))).containsEntry("hours", 350);
            assertThat(asMap(year.get("cap"))).isEqualTo(Map.of("hours", 924, "months", 6));
        });
        // The month-by-month minimum needs the year's legal rate, which the platform knows for past years only: the
        // schedule is the rule's (GratificationRuleTest); here, the figures the finding gives whatever the year.
        assertThat(asList(check.get("findings"))).filteredOn(f -> "GRATIFICATION".equals(f.get("ruleId")))
                .singleElement().satisfies(f -> assertThat(asList(f.get("figures"))).contains(
                        Map.of("name", "presenceMinutes", "value", 21_000.0, "unit", "MINUTES"),
                        Map.of("name", "thresholdMinutes", "value", 18_480.0, "unit", "MINUTES")));
        assertThat(asList(check.get("findings"))).extracting(f -> f.get("ruleId"))
                .contains("MAX_DURATION", "GRATIFICATION", "TUTOR_LOAD");
        assertThat(asList(check.get("findings"))).allSatisfy(finding -> assertThat((String) finding.get("message"))
                .doesNotContain((String) finding.get("ruleId")));

        assertThat(agreementsOf(learner.learnerId())).as("a dry run stores nothing").isEmpty();
        String id = create(application, input(named(), everyDay(start, start.plusWeeks(10).minusDays(3))));
        assertThat(agreementsOf(learner.learnerId())).containsExactly(id);
    }

    @Test
    void aBreachIsAUserErrorBesideEveryFindingAndItsFiguresInTheReadersLanguage() {
        LocalDate september = LocalDate.of(today().getYear() + 1, Month.SEPTEMBER, 1);
        var input = input(named(), fullTime(september, september.plusMonths(10).minusDays(1)));
        var variables = Map.<String, Object>of("learner", learnerOfSchoolA().learnerId(), "company", COMPANY_X,
                "input", input);

        var french = check(api.query("school-admin-a", CHECK_DIRECT, variables));
        var english = check(api.query("school-admin-a", CHECK_DIRECT, variables, Map.of("Accept-Language", "en")));

        assertThat(asList(french.get("userErrors"))).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", List.of("input", "terms", "end"))
                    .containsEntry("code", "LEGAL_RULE");
            assertThat((String) error.get("message")).startsWith("En ").doesNotContain("MAX_DURATION")
                    .endsWith(" Texte applicable : Code de l'éducation, art. L124-5 et D124-6.");
        });
        assertThat(french).containsEntry("checked", true).containsEntry("blocking", true);
        assertThat(asList(french.get("academicYears"))).first().satisfies(year -> assertThat(year)
                .containsEntry("year", september.getYear() + "-" + (september.getYear() + 1))
                .containsEntry("overCap", true));
        assertThat(asList(french.get("findings"))).filteredOn(f -> "MAX_DURATION".equals(f.get("ruleId")))
                .singleElement().satisfies(f -> assertThat(f).containsEntry("severity", "BLOCKING"));
        assertThat(asList(english.get("userErrors"))).singleElement().satisfies(error -> assertThat(
                (String) error.get("message")).startsWith("In ")
                .endsWith(" Applicable law: Code de l'éducation, art. L124-5 and D124-6."));
    }

    /**
     * A draft half filled in: with well-formed terms, its findings and figures beside its own problems; with a
     * malformed period, neither.
     */
    @Test
    void aMalformedDraftIsCheckedAsFarAsItCanBe() {
        LocalDate start = monday();
        var input = input(named(), everyDay(start, start.plusWeeks(2)));
        input.put("tutor", party(TUTOR_NAME, null, "Chef d'atelier"));

        var check = check(CHECK_DIRECT, Map.of("learner", learnerOfSchoolA().learnerId(), "company", COMPANY_X,
                "input", input));

        assertThat(asList(check.get("userErrors"))).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("field", List.of("input", "tutor", "email")).containsEntry("code", "REQUIRED"));
        assertThat(check).containsEntry("checked", true).containsEntry("blocking", false)
                .containsEntry("gratificationMandatory", false).containsEntry("gratificationThresholdCrossedOn", null);
        assertThat(asList(check.get("findings"))).extracting(f -> f.get("ruleId"))
                .contains("MAX_DURATION", "GRATIFICATION", "TUTOR_LOAD");
        assertThat(asMap(check.get("presence"))).as("two weeks and a Monday: 11 days of 7 h")
                .containsEntry("hours", 77).containsEntry("days", 11);
        assertThat(asMap(check.get("gratificationThreshold"))).containsEntry("hours", 308);

        input.put("terms", everyDay(start.plusWeeks(2), start));
        var malformedPeriod = check(CHECK_DIRECT, Map.of("learner", learnerOfSchoolA().learnerId(),
                "company", COMPANY_X, "input", input));
        assertThat(malformedPeriod).containsEntry("checked", false).containsEntry("presence", null)
                .containsEntry("academicYears", List.of());
        assertThat(asList(malformedPeriod.get("userErrors"))).hasSizeGreaterThan(1);
    }

    /** School B drafts nothing for school A's learners: their learner, their application and a missing one alike. */
    @Test
    void anotherSchoolsLearnerOrApplicationAndAMissingOneLookTheSame() {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner);
        LocalDate start = monday();
        var input = input(named(), everyDay(start, start.plusWeeks(2)));
        String missingLearner = globalId("Learner", UUID.randomUUID().toString());
        String missingApplication = globalId("Application", UUID.randomUUID().toString());

        var theirLearner = api.query("school-admin-b", CHECK_DIRECT, Map.of("learner", learner.learnerId(),
                "input", input));
        var noLearner = api.query("school-admin-a", CHECK_DIRECT, Map.of("learner", missingLearner, "input", input));
        var theirApplication = api.query("school-admin-b", CHECK_APPLICATION, Map.of("application", application,
                "input", input));
        var noApplication = api.query("school-admin-a", CHECK_APPLICATION, Map.of("application", missingApplication,
                "input", input));
        var theCompany = api.query("recruiter-x", CHECK_APPLICATION, Map.of("application", application,
                "input", input));

        for (var reply : List.of(theirLearner, noLearner, theirApplication, noApplication, theCompany)) {
            assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("NOT_FOUND");
            assertThat(reply.<Object>find("$.data")).as(reply.toString()).isNull();
        }
        assertThat(withoutId(theirLearner, learner.learnerId())).isEqualTo(withoutId(noLearner, missingLearner));
        assertThat(withoutId(theirApplication, application)).isEqualTo(withoutId(noApplication, missingApplication));

        var both = api.query("school-admin-a", """
                query($application: ID!, $learner: ID!, $input: InternshipAgreementInput!) {
                  internshipAgreementCheck(applicationId: $application, learnerId: $learner, input: $input) { checked } }""",
                Map.of("application", application, "learner", learner.learnerId(), "input", input));
        assertThat(both.errorClassification()).as(both.toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void aRefusedDraftCarriesItsFiguresAsDataAndACreatedOneNone() {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner,
                with(terms(Fixtures.unique("Stage sans gratification")), "monthlyStipend", null));
        LocalDate start = monday();
        // Twelve weeks of five 7-hour days, no gratification stated: 420 h, mandatory, refused.
        var clauses = everyDay(start, start.plusWeeks(12).minusDays(3));
        clauses.remove("gratification");

        var refused = api.query("school-admin-a", CREATE_WITH_CHECK, Map.of("application", application,
                "input", input(named(), clauses)));
        assertThat(refused.errorClassification()).as(refused.toString()).isNull();
        var payload = refused.<Map<String, Object>>read("$.data.internshipAgreementCreate");
        assertThat(asList(payload.get("userErrors"))).extracting(e -> e.get("field"), e -> e.get("code"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("input", "terms", "gratification"),
                        "LEGAL_RULE"));
        assertThat(payload).containsEntry("agreement", null).containsEntry("gratificationsMadeDue", List.of());
        var check = asMap(payload.get("check"));
        assertThat(check.get("userErrors")).as("the same refusal, as the dry run words it")
                .isEqualTo(payload.get("userErrors"));
        assertThat(check).containsEntry("checked", true).containsEntry("blocking", true)
                .containsEntry("gratificationMandatory", true)
                .containsEntry("gratificationThresholdCrossedOn", start.plusWeeks(8).plusDays(4).toString());
        assertThat(asMap(check.get("presence"))).containsEntry("hours", 420).containsEntry("days", 60)
                .containsEntry("months", 2).containsEntry("daysBeyondMonths", 16);
        assertThat(asList(check.get("findings"))).filteredOn(f -> "GRATIFICATION".equals(f.get("ruleId")))
                .singleElement().satisfies(f -> {
                    assertThat(f).containsEntry("severity", "BLOCKING");
                    assertThat(asList(f.get("figures"))).contains(
                            Map.of("name", "presenceMinutes", "value", 25_200.0, "unit", "MINUTES"));
                });
        assertThat(agreementsOf(learner.learnerId())).isEmpty();

        clauses.put("gratification", hourly(500));
        var created = api.query("school-admin-a", CREATE_WITH_CHECK, Map.of("application", application,
                "input", input(named(), clauses)));
        assertThat(created.<Object>read("$.data.internshipAgreementCreate.agreement.id")).isNotNull();
        assertThat(created.<Object>read("$.data.internshipAgreementCreate.check")).isNull();
    }

    /**
     * Six weeks with company X (210 h, no gratification needed, none stated), then four more weeks with X in the same
     * academic year (140 h): 350 h with the host, so the first agreement's gratification becomes mandatory. The answer
     * names it, the dry run foretold it, and its parties are told: the intern, company X's recruiters and the people it
     * names by e-mail; not school A's administrator who acted, not the second agreement's own named people, nobody of
     * school B or company Y.
     */
    @Test
    void anAgreementThatMakesAnEarlierOnesGratificationDueSaysSoAndItsPartiesAreTold() {
        Applicant learner = learnerOfSchoolA();
        LocalDate start = mondayWithTwelveWeeksInOneAcademicYear();
        var first = everyDay(start, start.plusWeeks(6).minusDays(3));
        first.remove("gratification");
        Named firstNamed = named();
        String earlier = given.succeed("school-admin-a", CREATE_DIRECT_WITH_DUE, Map.of("learner",
                learner.learnerId(), "company", COMPANY_X, "input", input(firstNamed, first)))
                .read("$.data.internshipAgreementCreateDirect.agreement.id");

        Named secondNamed = named();
        var second = input(secondNamed, everyDay(start.plusWeeks(7), start.plusWeeks(11).minusDays(3)));
        var foretold = check(CHECK_DIRECT, Map.of("learner", learner.learnerId(), "company", COMPANY_X,
                "input", second));
        assertThat(asList(foretold.get("gratificationsMadeDue"))).extracting(a -> a.get("id")).containsExactly(earlier);
        assertThat(agreementsOf(learner.learnerId())).containsExactly(earlier);

        var created = given.succeed("school-admin-a", CREATE_DIRECT_WITH_DUE, Map.of("learner", learner.learnerId(),
                "company", COMPANY_X, "input", second));
        String later = created.read("$.data.internshipAgreementCreateDirect.agreement.id");
        assertThat(created.<List<String>>read("$.data.internshipAgreementCreateDirect.gratificationsMadeDue[*].id"))
                .containsExactly(earlier);
        assertThat(asMap(agreement(earlier).get("rules"))).as("the earlier agreement now blocks")
                .containsEntry("blocking", true);

        String title = NoticeTexts.title(NoticeTexts.FRENCH, NOW_DUE);
        eventually(() -> told(learner.caller().token(), earlier), n -> n == 1);
        eventually(() -> told(api.token("recruiter-x"), earlier), n -> n == 1);
        for (String email : List.of(firstNamed.tutor().email(), firstNamed.companySignatory().email(),
                firstNamed.schoolSignatory().email(), firstNamed.referentEmail())) {
            eventually(() -> mails(email, title), n -> n == 1);
        }
        assertThat(told(api.token("school-admin-a"), earlier)).as("who acted is not told").isZero();
        for (String persona : List.of("school-admin-b", "recruiter-y")) {
            assertThat(told(api.token(persona), earlier)).as(persona).isZero();
        }
        for (String email : List.of(secondNamed.tutor().email(), secondNamed.companySignatory().email())) {
            assertThat(mails(email, title)).as("the new agreement's people").isZero();
        }
        assertThat(told(learner.caller().token(), later)).as("nothing about the new agreement").isZero();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The check answered to school A's administrator, after checking nothing went wrong. */
    private Map<String, Object> check(String document, Map<String, Object> variables) {
        return check(api.query("school-admin-a", document, variables));
    }

    private static Map<String, Object> check(GraphQlHttp.Reply reply) {
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.internshipAgreementCheck");
    }

    /** Five 7-hour days a week, public holidays worked, paid by the hour above the legal minimum. */
    private static Map<String, Object> everyDay(LocalDate start, LocalDate end) {
        var clauses = new java.util.HashMap<>(fullTime(start, end));
        clauses.put("presenceOnHolidays", true);
        return clauses;
    }

    /** A Monday a week or two from now. */
    private static LocalDate monday() {
        return next(DayOfWeek.MONDAY).plusWeeks(1);
    }

    /** A Monday from which twelve weeks stay in one academic year (1 September to 31 August). */
    private static LocalDate mondayWithTwelveWeeksInOneAcademicYear() {
        LocalDate start = monday();
        LocalDate september = LocalDate.of(start.getYear(), Month.SEPTEMBER, 1);
        if (start.isBefore(september) && !start.plusWeeks(12).isBefore(september)) {
            return september.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        return start;
    }

    /** How many of the caller's notifications about the agreement are of the now-due kind. */
    private int told(String token, String agreementId) {
        var reply = api.queryWithToken(token, INBOX, Map.of());
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        List<Map<String, Object>> nodes = reply.read("$.data.viewer.notifications.edges[*].node");
        return (int) nodes.stream().filter(n -> NOW_DUE.equals(n.get("kind"))
                && agreementId.equals(n.get("targetId"))).count();
    }

    private int mails(String email, String subject) {
        return (int) given.mailbox(email).stream().filter(mail -> subject.equals(mail.get("subject"))).count();
    }

    /** The error's message with the id it echoes taken out, global or local. */
    private static String withoutId(GraphQlHttp.Reply reply, String globalId) {
        return reply.errorMessage().replace(globalId, "?").replace(Fixtures.localIdOf(globalId), "?");
    }
}
