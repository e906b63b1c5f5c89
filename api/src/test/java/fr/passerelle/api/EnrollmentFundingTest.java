package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.funder.FakeFranceTravailGateway;
import fr.passerelle.enrollment.funder.FakeTrainingAccountGateway;
import fr.passerelle.enrollment.funder.FundersTime;
import fr.passerelle.enrollment.funder.FundersTimeRewind;
import fr.passerelle.shared.model.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An enrollment's funding over GraphQL, the funders' fakes moving on their own time ({@link FundersTime}): a job
 * seeker's France Travail AIF answered on day 10 secures it; a training-account folder the organisation does not
 * validate within 2 working days is cancelled by the platform and refuses it, admissions told; another school finds
 * nothing, finance reads but cannot change.
 */
class EnrollmentFundingTest extends ApiTest {

    private static final String FUNDING = """
            query($id: ID!) { enrollment(id: $id) { id funding { price { amount } payerPart { amount }
              flatParticipation { amount } instalments requested secured refused payerIsCompany version
              lines { source amount { amount } funderReference
                request { state accountId answerBy requestedAt answeredAt refusalReason } } } } }""";
    private static final String PLAN = """
            mutation($id: ID!, $input: EnrollmentFundingPlanInput!, $version: Int) {
              enrollmentFundingPlan(enrollmentId: $id, input: $input, expectedVersion: $version) {
                userErrors { field code message } funding { price { amount } version } } }""";
    private static final String LINE_SET = """
            mutation($id: ID!, $input: EnrollmentFundingLineInput!, $version: Int) {
              enrollmentFundingLineSet(enrollmentId: $id, input: $input, expectedVersion: $version) {
                userErrors { field code message } funding { payerPart { amount } version } } }""";
    private static final String REQUEST = """
            mutation($id: ID!, $version: Int) { enrollmentFundingRequest(enrollmentId: $id, expectedVersion: $version) {
              userErrors { field code message } funding { requested secured version
                lines { source funderReference request { state answerBy } } } } }""";

    /** The training account's id of the test sessions: the holders' folders are for it. */
    private static final String SESSION_REFERENCE = EnrollmentFixtures.TRAINING_ACCOUNT_SESSION;

    @Autowired
    private FundersTime fundersTime;

    @Autowired
    private FakeFranceTravailGateway franceTravail;

    @Autowired
    private FakeTrainingAccountGateway trainingAccount;

    private EnrollmentFixtures enrollments;
    private EnrollmentFixtures.School school;
    private String enrollment;

    @BeforeEach
    void enrollment() {
        enrollments = new EnrollmentFixtures(api, given, people);
        school = enrollments.school();
        enrollment = enrollments.enrolled(school, futureSession(), enrollments.contact(school, "Funded"));
    }

    @Test
    void aJobSeekersFranceTravailAidAnsweredOnDay10SecuresTheFunding() {
        var planned = Fixtures.assertSucceeded(admissions(PLAN, Map.of("id", enrollment, "input",
                Map.of("instalments", "AT_ONCE"))));
        // The garage team's 1,490.00 € shared over its 8 places.
        assertThat((Integer) planned.read("$.data.enrollmentFundingPlan.funding.price.amount")).isEqualTo(18_625);
        Fixtures.assertSucceeded(admissions(LINE_SET, Map.of("id", enrollment, "input", Map.of(
                "source", "FRANCE_TRAVAIL_AIF", "amount", Map.of("amount", 18_625, "currency", "EUR"),
                "accountId", "JS-" + UUID.randomUUID().toString().substring(0, 8)))));

        var requested = Fixtures.assertSucceeded(admissions(REQUEST, Map.of("id", enrollment)));
        assertThat((Boolean) requested.read("$.data.enrollmentFundingRequest.funding.requested")).isTrue();
        assertThat((Boolean) requested.read("$.data.enrollmentFundingRequest.funding.secured")).isFalse();
        String quote = requested.read("$.data.enrollmentFundingRequest.funding.lines[0].funderReference");
        assertThat(quote).startsWith("DE-AIF-");
        assertThat((String) requested.read("$.data.enrollmentFundingRequest.funding.lines[0].request.state"))
                .isEqualTo("REQUESTED");
        var again = Fixtures.assertSucceeded(admissions(REQUEST, Map.of("id", enrollment)));
        assertThat((String) again.read("$.data.enrollmentFundingRequest.funding.lines[0].funderReference"))
                .as("a retry files nothing more").isEqualTo(quote);

        fundersTime.advance(Duration.ofDays(10));
        franceTravail.applyAnswers();

        var read = Fixtures.assertSucceeded(admissions(FUNDING, Map.of("id", enrollment)));
        assertThat((Boolean) read.read("$.data.enrollment.funding.secured")).isTrue();
        assertThat((String) read.read("$.data.enrollment.funding.lines[0].request.state")).isEqualTo("ACCEPTED");
        assertThat((Integer) read.read("$.data.enrollment.funding.payerPart.amount")).isZero();
        long version = ((Number) read.read("$.data.enrollment.funding.version")).longValue();

        franceTravail.redeliverNotifications();
        var redelivered = Fixtures.assertSucceeded(admissions(FUNDING, Map.of("id", enrollment)));
        assertThat(((Number) redelivered.read("$.data.enrollment.funding.version")).longValue())
                .as("a redelivered notification changes nothing").isEqualTo(version);
    }

    @Test
    void aTrainingAccountFolderNotValidatedWithin2WorkingDaysIsCancelledAndRefusesTheFunding() {
        String folder = "CPF-" + UUID.randomUUID().toString().substring(0, 8);
        trainingAccount.holderRequests(folder, SESSION_REFERENCE, Money.cents(18_625));
        Fixtures.assertSucceeded(admissions(PLAN, Map.of("id", enrollment, "input", Map.of())));
        // The holder pays the flat participation (103.20 € in 2026) on Mon Compte Formation: the account pays the rest.
        Fixtures.assertSucceeded(admissions(LINE_SET, Map.of("id", enrollment, "input", Map.of(
                "source", "TRAINING_ACCOUNT", "amount", Map.of("amount", 8_305, "currency", "EUR"),
                "funderReference", folder))));
        var requested = Fixtures.assertSucceeded(admissions(REQUEST, Map.of("id", enrollment)));
        assertThat((String) requested.read("$.data.enrollmentFundingRequest.funding.lines[0].request.state"))
                .isEqualTo("REQUESTED");
        assertThat((String) requested.read("$.data.enrollmentFundingRequest.funding.lines[0].request.answerBy"))
                .as("the organisation's 2 working days").isNotNull();
        Fixtures.eventually(() -> admissions(CatalogTest.NOTICES, Map.of()), reply -> reply
                .<List<String>>read("$.data.viewer.notifications.edges[*].node.kind")
                .contains("FUNDING_FOLDER_TO_VALIDATE"));

        fundersTime.advance(Duration.ofDays(7));
        trainingAccount.applyDeadlines();

        var read = Fixtures.assertSucceeded(admissions(FUNDING, Map.of("id", enrollment)));
        assertThat((Boolean) read.read("$.data.enrollment.funding.refused")).isTrue();
        assertThat((Boolean) read.read("$.data.enrollment.funding.secured")).isFalse();
        assertThat((String) read.read("$.data.enrollment.funding.lines[0].request.state")).isEqualTo("CANCELLED");
        assertThat((String) read.read("$.data.enrollment.funding.lines[0].request.refusalReason"))
                .isEqualTo("CANCELLED_BY_PLATFORM");
        assertThat((Integer) read.read("$.data.enrollment.funding.flatParticipation.amount")).isEqualTo(10_320);
        Fixtures.eventually(() -> admissions(CatalogTest.NOTICES, Map.of()), reply -> reply
                .<List<String>>read("$.data.viewer.notifications.edges[*].node.kind").contains("FUNDING_REFUSED"));
    }

    @Test
    void aValidatedFolderWaitsForTheHolderAndTheirAcceptanceSecuresTheFunding() {
        String folder = "CPF-" + UUID.randomUUID().toString().substring(0, 8);
        trainingAccount.holderRequests(folder, SESSION_REFERENCE, Money.cents(18_625));
        Fixtures.assertSucceeded(admissions(PLAN, Map.of("id", enrollment, "input", Map.of())));
        Fixtures.assertSucceeded(admissions(LINE_SET, Map.of("id", enrollment, "input", Map.of(
                "source", "TRAINING_ACCOUNT", "amount", Map.of("amount", 8_305, "currency", "EUR"),
                "funderReference", folder))));
        Fixtures.assertSucceeded(admissions(REQUEST, Map.of("id", enrollment)));

        String validate = """
                mutation($id: ID!) { enrollmentFundingAccountValidate(enrollmentId: $id) {
                  userErrors { field code message } funding { secured lines { request { state answerBy } } } } }""";
        var validated = Fixtures.assertSucceeded(admissions(validate, Map.of("id", enrollment)));
        assertThat((String) validated.read(
                "$.data.enrollmentFundingAccountValidate.funding.lines[0].request.state")).isEqualTo("WAITING_HOLDER");
        assertThat((String) validated.read(
                "$.data.enrollmentFundingAccountValidate.funding.lines[0].request.answerBy"))
                .as("the holder's 4 working days").isNotNull();
        Fixtures.assertSucceeded(admissions(validate, Map.of("id", enrollment)));

        trainingAccount.holderAccepts(folder);

        var read = Fixtures.assertSucceeded(admissions(FUNDING, Map.of("id", enrollment)));
        assertThat((Boolean) read.read("$.data.enrollment.funding.secured")).isTrue();
        assertThat((String) read.read("$.data.enrollment.funding.lines[0].request.state")).isEqualTo("ACCEPTED");
        assertThat((Integer) read.read("$.data.enrollment.funding.payerPart.amount"))
                .as("the holder paid the flat participation on the platform").isZero();
    }

    @Test
    void theFundingShowsNoScheduleOfItsOwnPaymentsOwnsTheInstalments() {
        var asked = admissions("""
                query($id: ID!) { enrollment(id: $id) { funding { schedule { number } } } }""",
                Map.of("id", enrollment));
        assertThat(asked.errorClassification()).as("the field is gone from the schema").isNotNull();
    }

    @AfterEach
    void fundersBackOnThePlatformsTime() {
        FundersTimeRewind.rewind(fundersTime);
    }

    @Test
    void aFolderOfAnotherSessionIsAUserErrorAndItsPlatformIsNotAsked() {
        String folder = "CPF-" + UUID.randomUUID().toString().substring(0, 8);
        // Another school's learner's folder: its number alone proves nothing.
        trainingAccount.holderRequests(folder, "OTHER-SCHOOL-SESSION", Money.cents(18_625));
        Fixtures.assertSucceeded(admissions(PLAN, Map.of("id", enrollment, "input", Map.of())));
        Fixtures.assertSucceeded(admissions(LINE_SET, Map.of("id", enrollment, "input", Map.of(
                "source", "TRAINING_ACCOUNT", "amount", Map.of("amount", 8_305, "currency", "EUR"),
                "funderReference", folder))));

        var requested = admissions(REQUEST, Map.of("id", enrollment));
        assertThat((List<String>) requested.read("$.data.enrollmentFundingRequest.userErrors[0].field"))
                .containsExactly("lines", "TRAINING_ACCOUNT", "funderReference");
        assertThat(trainingAccount.folder(folder).orElseThrow().state().name()).isEqualTo("NOT_PROCESSED");
    }

    @Test
    void aTypedFranceTravailReferenceIsRefusedAndAFolderHeldByAnotherFundingToo() {
        Fixtures.assertSucceeded(admissions(PLAN, Map.of("id", enrollment, "input", Map.of())));
        var typed = admissions(LINE_SET, Map.of("id", enrollment, "input", Map.of("source", "FRANCE_TRAVAIL_AIF",
                "amount", Map.of("amount", 1_000, "currency", "EUR"), "funderReference", "DE-AIF-1")));
        // The payload reports funderReference as the mutations' shared argument name (see FundingController).
        assertThat((List<String>) typed.read("$.data.enrollmentFundingLineSet.userErrors[0].field"))
                .containsExactly("funderReference");

        String folder = "CPF-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> line = Map.of("id", enrollment, "input", Map.of("source", "TRAINING_ACCOUNT",
                "amount", Map.of("amount", 8_305, "currency", "EUR"), "funderReference", folder));
        Fixtures.assertSucceeded(admissions(LINE_SET, line));
        var other = enrollments.school();
        String theirs = enrollments.enrolled(other, enrollments.futureSession(other, 4), enrollments.contact(other, "Other"));
        Fixtures.assertSucceeded(api.queryWithToken(other.admissions().token(), PLAN, Map.of("id", theirs,
                "input", Map.of())));
        var held = api.queryWithToken(other.admissions().token(), LINE_SET, Map.of("id", theirs, "input",
                line.get("input")));
        assertThat((String) held.read("$.data.enrollmentFundingLineSet.userErrors[0].code"))
                .isEqualTo("INVALID");
        assertThat((List<String>) held.read("$.data.enrollmentFundingLineSet.userErrors[0].field"))
                .containsExactly("funderReference");
    }

    @Test
    void anotherSchoolFindsNothingAndFinanceReadsButCannotChange() {
        Fixtures.assertSucceeded(admissions(PLAN, Map.of("id", enrollment, "input", Map.of())));
        var other = enrollments.school();

        var theirs = api.queryWithToken(other.admin().token(), PLAN, Map.of("id", enrollment, "input", Map.of()));
        var none = api.queryWithToken(other.admin().token(), PLAN, Map.of("id",
                ApiTest.globalId("Enrollment", "missing-" + UUID.randomUUID()), "input", Map.of()));
        assertThat(theirs.errorClassification()).isEqualTo("NOT_FOUND").isEqualTo(none.errorClassification());
        assertThat((Object) api.queryWithToken(other.admissions().token(), FUNDING, Map.of("id", enrollment))
                .read("$.data.enrollment")).isNull();

        var byFinance = api.queryWithToken(school.finance().token(), LINE_SET, Map.of("id", enrollment, "input",
                Map.of("source", "REGION", "amount", Map.of("amount", 1_000, "currency", "EUR"))));
        assertThat(byFinance.errorClassification()).isEqualTo("FORBIDDEN");
        var read = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), FUNDING,
                Map.of("id", enrollment)));
        assertThat((Integer) read.read("$.data.enrollment.funding.price.amount")).isEqualTo(18_625);
        assertThat((List<?>) read.read("$.data.enrollment.funding.lines")).hasSize(1);
    }

    @Test
    void aLineAboveThePriceIsAUserErrorOnItsFieldAndAStaleVersionIsRefused() {
        Fixtures.assertSucceeded(admissions(PLAN, Map.of("id", enrollment, "input", Map.of())));
        var above = admissions(LINE_SET, Map.of("id", enrollment, "input", Map.of("source", "REGION",
                "amount", Map.of("amount", 20_000, "currency", "EUR"))));
        assertThat((List<String>) above.read("$.data.enrollmentFundingLineSet.userErrors[0].field"))
                .containsExactly("input", "amount");
        var stale = admissions(LINE_SET, Map.of("id", enrollment, "version", 7, "input", Map.of("source", "REGION",
                "amount", Map.of("amount", 2_000, "currency", "EUR"))));
        assertThat((String) stale.read("$.data.enrollmentFundingLineSet.userErrors[0].code"))
                .isEqualTo("STALE_VERSION");
    }

    private GraphQlHttp.Reply admissions(String document, Map<String, Object> variables) {
        return api.queryWithToken(school.admissions().token(), document, variables);
    }

    /** An open session of the garage team's programme starting in three months (France Travail funds no past one). */
    private String futureSession() {
        return enrollments.futureSession(school, 4);
    }
}
