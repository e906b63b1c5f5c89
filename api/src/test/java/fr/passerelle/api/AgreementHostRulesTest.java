package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules of issue 14 fed from the host's records over GraphQL: the interns quota from the workforce a company declares
 * (L124-8, R124-10), the waiting period between interns on one post (L124-11) from the offer's and the agreements'
 * post reference and from whose initiative an interruption was, a host abroad's non-worked days, the dry run's
 * findings beside the draft's own problems, and an edit that makes an earlier agreement's gratification due.
 */
class AgreementHostRulesTest extends AgreementApiTest {

    private static final String DECLARE = """
            mutation($id: ID!, $input: CompanyWorkforceInput!) { companyWorkforceDeclare(id: $id, input: $input) {
              userErrors { field code message } company { id workforce { headcount asOf internsElsewhere declaredAt } }
            } }""";
    private static final String CHECK = """
            query($learner: ID!, $company: ID, $input: InternshipAgreementInput!) {
              internshipAgreementCheck(learnerId: $learner, companyId: $company, input: $input) {
                userErrors { field code message } checked blocking presence { minutes hours }
                findings { ruleId severity message figures { name value } } } }""";
    private static final String FINDINGS = """
            query($id: ID!) { node(id: $id) { ... on InternshipAgreement {
              terms { postReference hostDaysOff } rules { findings { ruleId severity message figures { name value } } }
            } } }""";
    private static final String NOW_DUE = "AGREEMENT_GRATIFICATION_NOW_DUE";

    /**
     * A company of 19 employees takes three interns at once (R124-10 2°); one declared from elsewhere leaves room for
     * two on the platform. Only its recruiters and platform admins declare it; before, the rule is not checked.
     */
    @Test
    void theHostQuotaCountsFromTheWorkforceTheCompanyDeclares() {
        String company = given.newCompany("platform-admin", Fixtures.unique("Garage du Quota"));
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var twoWeeks = fullTime(start, start.plusWeeks(2).minusDays(3));
        String first = createDirect(learnerOfSchoolA(), company, twoWeeks);
        assertThat(finding(first, "HOST_QUOTA")).containsEntry("severity", "INFO")
                .satisfies(f -> assertThat((String) f.get("message")).contains("non déclaré",
                        "un de ses recruteurs ou un administrateur de la plateforme"));

        LocalDate asOf = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(7);
        var declaration = Map.<String, Object>of("id", company, "input", Map.of("headcount", 19,
                "asOf", asOf.toString(), "internsElsewhere", 1));
        for (String stranger : List.of("school-admin-a", "recruiter-y", "learner")) {
            assertThat(api.query(stranger, DECLARE, declaration).errorClassification()).as(stranger)
                    .isEqualTo("NOT_FOUND");
        }
        var outOfBounds = api.query("platform-admin", DECLARE, Map.of("id", company, "input",
                Map.of("headcount", -1, "asOf", asOf.plusYears(1).toString())));
        assertThat(userErrors(outOfBounds)).containsExactly(
                Map.entry(List.of("input", "headcount"), "OUT_OF_RANGE"),
                Map.entry(List.of("input", "asOf"), "OUT_OF_RANGE"));
        Map<String, Object> workforce = given.succeed("platform-admin", DECLARE, declaration)
                .read("$.data.companyWorkforceDeclare.company.workforce");
        assertThat(workforce).containsEntry("headcount", 19).containsEntry("internsElsewhere", 1)
                .containsEntry("asOf", asOf.toString()).containsKey("declaredAt");

        String second = createDirect(learnerOfSchoolA(), company, twoWeeks);
        var third = api.query("school-admin-a", AGREEMENT_CREATE_DIRECT, Map.of("learner",
                learnerOfSchoolA().learnerId(), "company", company, "input", input(named(), twoWeeks)));

        assertThat(finding(second, "HOST_QUOTA")).containsEntry("severity", "INFO")
                .containsEntry("figures", List.of(Map.of("name", "limit", "value", 3.0),
                        Map.of("name", "workforce", "value", 19.0)));
        assertThat(userErrors(third)).containsExactly(Map.entry(List.of("input", "terms"), "LEGAL_RULE"));
        assertThat(third.<String>read("$.data.internshipAgreementCreateDirect.userErrors[0].message"))
                .contains("maximum de 3 conventions", "effectif de 19", "R124-10");
        Map<String, Object> nextWeeks = check(learnerOfSchoolA(), company,
                fullTime(start.plusWeeks(2), start.plusWeeks(4).minusDays(3)));
        assertThat(nextWeeks).containsEntry("blocking", false);
    }

    /**
     * The offer names its post; the agreement made from it takes it. 40 days on the post impose 14 days' wait (a third,
     * rounded up): the next intern on it, under another agreement, starts on the 15th day after at the earliest.
     */
    @Test
    void aNewInternOnThePostOfAnOfferWaitsAThirdOfThePreviousInternship() {
        String post = Fixtures.unique("Poste atelier");
        var offer = MarketplaceApiTest.terms(Fixtures.unique("Stage sur un poste"));
        offer.put("postReference", "  " + post.toLowerCase() + "  ");
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        LocalDate end = start.plusWeeks(6).minusDays(3);
        String first = create(acceptedApplication(learnerOfSchoolA(), offer), input(named(), fullTime(start, end)));
        assertThat(this.<String>read(first, "$.data.node.terms.postReference")).isEqualTo(post.toUpperCase());

        var tooSoon = withPost(fullTime(end.plusDays(3), end.plusDays(14)), post);
        var refused = api.query("school-admin-a", AGREEMENT_CREATE_DIRECT, Map.of("learner",
                learnerOfSchoolA().learnerId(), "company", COMPANY_X, "input", input(named(), tooSoon)));
        String afterTheWait = createDirect(learnerOfSchoolA(), COMPANY_X,
                withPost(fullTime(end.plusDays(17), end.plusDays(28)), post));

        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("input", "terms", "start"), "LEGAL_RULE"));
        assertThat(refused.<String>read("$.data.internshipAgreementCreateDirect.userErrors[0].message"))
                .contains("Délai de carence non respecté", "40 jours", "14 jours", "L124-11");
        assertThat(finding(afterTheWait, "WAITING_PERIOD")).containsEntry("severity", "INFO")
                .containsEntry("figures", List.of(Map.of("name", "previousDays", "value", 40.0),
                        Map.of("name", "waitingDays", "value", 14.0)));
    }

    /**
     * L124-11 waives the wait after an internship the intern ended early. A month on the post, interrupted today,
     * imposes 11 days' wait (a third of 31, rounded up) unless the intern ended it: the next intern on the post starts
     * next week if the intern did, not if the host did.
     */
    @Test
    void anInterruptionAtTheInternsInitiativeLeavesNoWaitOneAtTheHostsDoes() {
        String byIntern = Fixtures.unique("Poste quitté");
        String byHost = Fixtures.unique("Poste rompu");
        Map<String, Object> interrupted = interruptAMonthOnThePost(byIntern, "school-admin-a", "INTERN");
        assertThat(interruptAMonthOnThePost(byHost, "recruiter-x", "HOST"))
                .containsEntry("interruptionInitiative", "HOST");
        LocalDate monday = next(DayOfWeek.MONDAY);

        String next = createDirect(learnerOfSchoolA(), COMPANY_X, withPost(fullTime(monday, monday.plusDays(11)),
                byIntern));
        var refused = api.query("school-admin-a", AGREEMENT_CREATE_DIRECT, Map.of("learner",
                learnerOfSchoolA().learnerId(), "company", COMPANY_X, "input",
                input(named(), withPost(fullTime(monday, monday.plusDays(11)), byHost))));

        assertThat(interrupted).containsEntry("status", "INTERRUPTED").containsEntry("interruptionInitiative",
                "INTERN");
        assertThat(agreement((String) interrupted.get("id"))).as("read back")
                .containsEntry("interruptionInitiative", "INTERN");
        assertThat(finding(next, "WAITING_PERIOD")).containsEntry("severity", "INFO")
                .containsEntry("figures", List.of())
                .satisfies(f -> assertThat((String) f.get("message")).contains("à l'initiative du stagiaire",
                        "pas de délai de carence"));
        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("input", "terms", "start"), "LEGAL_RULE"));
        assertThat(refused.<String>read("$.data.internshipAgreementCreateDirect.userErrors[0].message"))
                .contains("Délai de carence non respecté", "31 jours", "11 jours");
    }

    /** Two weeks in Germany with a non-worked Thursday: nine days counted, and no holiday warning. */
    @Test
    void aHostAbroadsNonWorkedDaysAreDaysOffInFranceTheyAreRefused() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var abroad = new HashMap<>(fullTime(start, start.plusWeeks(2).minusDays(3)));
        abroad.put("country", "DE");
        abroad.put("hostDaysOff", List.of(start.plusDays(3).toString()));

        Map<String, Object> counted = check(learnerOfSchoolA(), COMPANY_X, abroad);

        assertThat(counted).containsEntry("checked", true);
        assertThat(asMap(counted.get("presence"))).containsEntry("hours", 63);
        assertThat(asList(counted.get("findings"))).extracting(f -> f.get("ruleId")).doesNotContain("HOLIDAY_DATA");

        abroad.put("country", "FR");
        Map<String, Object> inFrance = check(learnerOfSchoolA(), COMPANY_X, abroad);
        assertThat(asList(inFrance.get("userErrors"))).extracting(e -> e.get("field"), e -> e.get("code"))
                .containsExactly(tuple(List.of("input", "terms", "hostDaysOff"),
                        "INVALID"));
        assertThat(inFrance).containsEntry("checked", false);
    }

    /** No tutor named yet, and three months unpaid: both problems in one answer, with every finding. */
    @Test
    void theDryRunGivesTheDraftsOwnProblemsAndTheLawsFindingsTogether() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var unpaid = new HashMap<>(fullTime(start, start.plusWeeks(13).minusDays(3)));
        unpaid.remove("gratification");
        var input = new HashMap<>(input(named(), unpaid));
        input.remove("tutor");

        var reply = api.query("school-admin-a", CHECK, Map.of("learner", learnerOfSchoolA().learnerId(),
                "company", COMPANY_X, "input", input));

        Map<String, Object> check = reply.read("$.data.internshipAgreementCheck");
        assertThat(asList(check.get("userErrors"))).extracting(e -> e.get("field"), e -> e.get("code"))
                .containsExactly(tuple(List.of("input", "tutor"), "REQUIRED"),
                        tuple(List.of("input", "terms", "gratification"), "LEGAL_RULE"));
        assertThat(check).containsEntry("checked", true).containsEntry("blocking", true);
        assertThat(asList(check.get("findings"))).extracting(f -> f.get("ruleId"))
                .contains("MAX_DURATION", "GRATIFICATION", "TUTOR_LOAD", "HOST_QUOTA", "WAITING_PERIOD");
    }

    /**
     * An earlier agreement of six weeks (210 h, none stated) and a later one of two (70 h) leave its gratification
     * optional; lengthening the later one to four weeks (350 h) makes it due, and the earlier one's people are told.
     */
    @Test
    void anEditThatMakesAnEarlierGratificationDueTellsItsParties() {
        Applicant learner = learnerOfSchoolA();
        LocalDate start = mondayWithTenWeeksInOneAcademicYear();
        var first = holidaysWorked(start, start.plusWeeks(6).minusDays(3));
        first.remove("gratification");
        Named firstNamed = named();
        String earlier = createDirect(learner, COMPANY_X, first, firstNamed);
        String later = createDirect(learner, COMPANY_X, holidaysWorked(start.plusWeeks(6),
                start.plusWeeks(8).minusDays(3)));
        String title = NoticeTexts.title(NoticeTexts.FRENCH, NOW_DUE);
        assertThat(given.mailbox(firstNamed.tutor().email())).extracting(m -> m.get("subject"))
                .doesNotContain(title);

        var updated = given.succeed("school-admin-a", """
                mutation($id: ID!, $input: InternshipAgreementInput!) { internshipAgreementUpdate(id: $id, input: $input) {
                  userErrors { field code message } gratificationsMadeDue { id } } }""", Map.of("id", later, "input",
                input(named(), holidaysWorked(start.plusWeeks(6), start.plusWeeks(10).minusDays(3)))));

        assertThat(updated.<List<String>>read("$.data.internshipAgreementUpdate.gratificationsMadeDue[*].id"))
                .containsExactly(earlier);

        eventually(() -> given.mailbox(firstNamed.tutor().email()).stream()
                .filter(mail -> title.equals(mail.get("subject"))).count(), n -> n == 1);
        assertThat(asMap(agreement(earlier).get("rules"))).as("the earlier agreement now blocks")
                .containsEntry("blocking", true);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String createDirect(Applicant learner, String company, Map<String, Object> clauses) {
        return createDirect(learner, company, clauses, named());
    }

    private String createDirect(Applicant learner, String company, Map<String, Object> clauses, Named named) {
        return given.succeed("school-admin-a", AGREEMENT_CREATE_DIRECT, Map.of("learner", learner.learnerId(),
                "company", company, "input", input(named, clauses)))
                .read("$.data.internshipAgreementCreateDirect.agreement.id");
    }

    /** Signed for two months on the post from 30 days ago, started, then interrupted today by {@code persona}. */
    private Map<String, Object> interruptAMonthOnThePost(String post, String persona, String initiative) {
        LocalDate start = today().minusDays(30);
        Internship running = signed(withPost(fullTime(start, start.plusWeeks(8)), post));
        step("school-admin-a", AGREEMENT_START, running.id());
        return given.succeed(persona, AGREEMENT_INTERRUPT, Map.of("id", running.id(), "reason", "Rupture",
                "initiative", initiative)).read("$.data.internshipAgreementInterrupt.agreement");
    }

    private Map<String, Object> check(Applicant learner, String company, Map<String, Object> clauses) {
        var reply = api.query("school-admin-a", CHECK, Map.of("learner", learner.learnerId(), "company", company,
                "input", input(named(), clauses)));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.internshipAgreementCheck");
    }

    private Map<String, Object> finding(String agreementId, String ruleId) {
        List<Map<String, Object>> findings = read(agreementId,
                "$.data.node.rules.findings[?(@.ruleId == '" + ruleId + "')]");
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private <T> T read(String agreementId, String path) {
        var reply = api.query("school-admin-a", FINDINGS, Map.of("id", agreementId));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read(path);
    }

    private static Map<String, Object> withPost(Map<String, Object> clauses, String post) {
        var withPost = new HashMap<>(clauses);
        withPost.put("postReference", post);
        return withPost;
    }

    /** Full time, public holidays worked: 35 h a week whatever the calendar. */
    private static Map<String, Object> holidaysWorked(LocalDate start, LocalDate end) {
        var clauses = new HashMap<>(fullTime(start, end));
        clauses.put("presenceOnHolidays", true);
        return clauses;
    }

    /** A Monday from which ten weeks fall in one academic year. */
    private static LocalDate mondayWithTenWeeksInOneAcademicYear() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        LocalDate september = LocalDate.of(start.getYear(), Month.SEPTEMBER, 1);
        if (start.isBefore(september) && !start.plusWeeks(10).isBefore(september)) {
            return september.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        return start;
    }
}
