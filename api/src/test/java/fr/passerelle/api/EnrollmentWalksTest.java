package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.funder.FakeFranceTravailGateway;
import fr.passerelle.enrollment.funder.FakeTrainingAccountGateway;
import fr.passerelle.enrollment.funder.FundersTime;
import fr.passerelle.enrollment.funder.FundersTimeRewind;
import fr.passerelle.enrollment.service.PaymentDunning;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's three enrollments, walked through the API from the draft to the confirmed enrollment with every part
 * real: the dossier's documents uploaded and reviewed, the funding planned and answered by the funders' fakes (on their
 * own clock, {@link FundersTime}), the contract generated, sent and signed in its circuit, the withdrawal period, the
 * payments, and the confirmation's effects on the CRM. At each step the enrollment's state, the funding's invariant (its
 * lines add up to the price) and what the people concerned see are asserted.
 * <p>
 * Time: the platform's own deadlines (the end of a withdrawal period, a late instalment's reminders) are stored jobs.
 * The test checks each is scheduled for the right instant, then runs its handler as the job runner would once that
 * instant has come (the runner never runs a job before it is due).
 */
class EnrollmentWalksTest extends ApiTest {

    private static final String ENROLLMENT = """
            query($id: ID!) { enrollment(id: $id) { id state seated withdrawalEndsOn version
              history { from to reason }
              dossier { complete required { kind state } }
              funding { price { amount } payerPart { amount } secured refused requested payerIsCompany
                lines { source amount { amount } funderReference request { state refusalReason } } }
              contract { kind state withdrawalEndsOn documentSha256 signatories { id party awaited } }
              payments { balance { amount } instalments { number amount { amount } dueOn state } } } }""";
    private static final String SUBMIT = """
            mutation($id: ID!) { enrollmentSubmit(id: $id) { userErrors { field code } enrollment { state } } }""";
    private static final String PLAN = """
            mutation($id: ID!, $input: EnrollmentFundingPlanInput!) {
              enrollmentFundingPlan(enrollmentId: $id, input: $input) {
                userErrors { field code message } funding { price { amount } version } } }""";
    private static final String LINE_SET = """
            mutation($id: ID!, $input: EnrollmentFundingLineInput!) {
              enrollmentFundingLineSet(enrollmentId: $id, input: $input) {
                userErrors { field code message } funding { payerPart { amount } } } }""";
    private static final String REQUEST = """
            mutation($id: ID!) { enrollmentFundingRequest(enrollmentId: $id) {
              userErrors { field code message } funding { requested secured lines { funderReference } } } }""";
    private static final String VALIDATE = """
            mutation($id: ID!) { enrollmentFundingAccountValidate(enrollmentId: $id) {
              userErrors { field code message } funding { lines { request { state } } } } }""";
    private static final String RECORD = """
            mutation($id: ID!, $input: EnrollmentPaymentRecordInput!) {
              enrollmentPaymentRecord(enrollmentId: $id, input: $input) { userErrors { field code message } } }""";
    private static final String DEAL = """
            query($id: ID!) { node(id: $id) { ... on Deal { status } } }""";
    private static final String CONTACT = """
            query($id: ID!) { node(id: $id) { ... on Contact { roles learnerId } } }""";

    @Autowired
    private FundersTime fundersTime;
    @Autowired
    private FakeFranceTravailGateway franceTravail;
    @Autowired
    private FakeTrainingAccountGateway trainingAccount;
    @Autowired
    private List<ReminderHandler> reminderHandlers;
    @Autowired
    private Clock clock;

    private EnrollmentFixtures enrollments;
    private EnrollmentFixtures.School school;

    @BeforeEach
    void school() {
        enrollments = new EnrollmentFixtures(api, given, people);
        school = enrollments.school();
    }

    @AfterEach
    void funderTimeBack() {
        FundersTimeRewind.rewind(fundersTime);
    }

    /** A job seeker, France Travail's AIF paying it all: answered on day 10, an individual contract, 14 days. */
    @Test
    void aJobSeekerFundedByFranceTravail() {
        String session = enrollments.futureSession(school, 12);
        Newcomers.Person learner = people.newcomer();
        String contact = enrollments.learnerContact(school, learner, "Diallo");
        String deal = openDeal(contact);
        String enrollment = enrollments.enrolled(school, session, contact);
        assertThat(stateOf(enrollment, learner.token())).as("the learner sees their own").isEqualTo("DRAFT");

        submitAndCompleteTheDossier(enrollment, learner.token(), List.of("IDENTITY", "LATEST_DIPLOMA", "MOTIVATION_LETTER",
                "FRANCE_TRAVAIL_REGISTRATION"));
        awaitState(enrollment, "DOSSIER_COMPLETE");

        int price = planned(enrollment, Map.of());
        ok(LINE_SET, enrollment, Map.of("input", Map.of("source", "FRANCE_TRAVAIL_AIF",
                "amount", euros(price), "accountId", "JS-" + shortId())));
        assertInvariant(enrollment, price);
        ok(REQUEST, enrollment, Map.of());
        awaitState(enrollment, "FUNDING_PENDING");

        fundersTime.advance(Duration.ofDays(10));
        franceTravail.applyAnswers();
        var funded = read(enrollment, school.admissions().token());
        assertThat((Boolean) funded.read("$.data.enrollment.funding.secured")).isTrue();
        assertThat((Integer) funded.read("$.data.enrollment.funding.payerPart.amount")).isZero();

        sendAndSign(enrollment, List.of(learner.token(), school.admin().token()), "INDIVIDUAL");
        String withdrawalEnd = PlatformCalendar.today(clock).plusDays(14).toString();
        var signed = awaitState(enrollment, "WITHDRAWAL_PERIOD");
        assertThat(withdrawalEndOf(signed)).isGreaterThanOrEqualTo(withdrawalEnd);

        endTheWithdrawalPeriod(enrollment, withdrawalEndOf(signed));
        var confirmed = awaitState(enrollment, "CONFIRMED");
        assertThat((List<String>) confirmed.read("$.data.enrollment.history[*].to")).containsSubsequence("DRAFT",
                "DOSSIER_INCOMPLETE", "DOSSIER_COMPLETE", "FUNDING_PENDING", "CONTRACT_SENT", "SIGNED",
                "WITHDRAWAL_PERIOD", "CONFIRMED");
        assertConfirmationReachedTheCrm(contact, deal);
    }

    /**
     * A training-account holder: the organisation misses its 2 working days on the first folder, which the platform
     * cancels (the funding is refused); the holder asks again, the organisation validates in time, the holder accepts.
     */
    @Test
    void aTrainingAccountHolderWhoseFirstFolderTheOrganisationLetLapse() {
        String session = enrollments.futureSession(school, 12);
        Newcomers.Person learner = people.newcomer();
        String contact = enrollments.learnerContact(school, learner, "Morel");
        String deal = openDeal(contact);
        String enrollment = enrollments.enrolled(school, session, contact, "EMPLOYEE");
        int price = planned(enrollment, Map.of());
        int accountPays = price - 10_320; // the holder pays the 2026 flat participation on Mon Compte Formation
        String first = folder(price);
        ok(LINE_SET, enrollment, Map.of("input", Map.of("source", "TRAINING_ACCOUNT", "amount", euros(accountPays),
                "funderReference", first)));
        assertInvariant(enrollment, price);
        submitAndCompleteTheDossier(enrollment, learner.token(), List.of("IDENTITY", "LATEST_DIPLOMA", "MOTIVATION_LETTER",
                "TRAINING_ACCOUNT_FILE"));
        ok(REQUEST, enrollment, Map.of());
        awaitState(enrollment, "FUNDING_PENDING");

        fundersTime.advance(Duration.ofDays(7));
        trainingAccount.applyDeadlines();
        var lapsed = read(enrollment, school.admissions().token());
        assertThat((Boolean) lapsed.read("$.data.enrollment.funding.refused")).isTrue();
        assertThat((String) lapsed.read("$.data.enrollment.funding.lines[0].request.refusalReason"))
                .isEqualTo("CANCELLED_BY_PLATFORM");
        assertThat((String) lapsed.read("$.data.enrollment.state")).isEqualTo("FUNDING_PENDING");

        String second = folder(price);
        ok(LINE_SET, enrollment, Map.of("input", Map.of("source", "TRAINING_ACCOUNT", "amount", euros(accountPays),
                "funderReference", second)));
        ok(REQUEST, enrollment, Map.of());
        var validated = ok(VALIDATE, enrollment, Map.of());
        assertThat((String) validated.read("$.data.enrollmentFundingAccountValidate.funding.lines[0].request.state"))
                .isEqualTo("WAITING_HOLDER");
        trainingAccount.holderAccepts(second);
        var funded = read(enrollment, school.admissions().token());
        assertThat((Boolean) funded.read("$.data.enrollment.funding.secured")).isTrue();
        assertInvariant(enrollment, price);

        sendAndSign(enrollment, List.of(learner.token(), school.admin().token()), "INDIVIDUAL");
        var signed = awaitState(enrollment, "WITHDRAWAL_PERIOD");
        String end = withdrawalEndOf(signed);
        assertThat(end).as("at least the account's 11 working days")
                .isGreaterThanOrEqualTo(PlatformCalendar.today(clock).plusDays(15).toString());

        endTheWithdrawalPeriod(enrollment, end);
        awaitState(enrollment, "CONFIRMED");
        assertConfirmationReachedTheCrm(contact, deal);
    }

    /**
     * A garage sends a team of 8 and pays for it in 3 instalments (the group's 1,490.00 € shared over its 8 places, the
     * company carrying each place's whole part): a company convention, no withdrawal period, every instalment falling
     * before the start. Seven places are paid on time and confirmed; one second instalment is late: the reminder at
     * D+3 tells finance, D+10 gives the school a CRM task, and the place is confirmed once the garage has paid it all.
     */
    @Test
    void aGaragePayingForATeamOfEightInThreeInstalmentsWithOneLatePayment() {
        String session = enrollments.futureSession(school, 8);
        String garage = given.newCompany("recruiter-x", "Garage du walk " + shortId());
        Newcomers.Person manager = people.newcomer();
        String late = null;
        for (int i = 0; i < 8; i++) {
            Newcomers.Person mechanic = people.newcomer();
            String contact = enrollments.contact(school, "Mécano" + i, mechanic.email());
            String enrollment = enrollments.enrolled(school, session, contact, "EMPLOYEE");
            int price = planned(enrollment, Map.of("instalments", "THREE", "companyId", garage));
            assertThat(price).as("1,490.00 € over 8 places").isEqualTo(18_625);
            assertInvariant(enrollment, price);
            submitAndCompleteTheDossier(enrollment, school.admissions().token(), List.of("IDENTITY", "LATEST_DIPLOMA",
                    "MOTIVATION_LETTER"));
            var pending = awaitState(enrollment, "FUNDING_PENDING");
            assertThat((Boolean) pending.read("$.data.enrollment.funding.payerIsCompany")).isTrue();
            sendAndSign(enrollment, List.of(mechanic.token(), manager.token(), school.admin().token()), "COMPANY",
                    manager);
            var charged = Fixtures.eventually(() -> read(enrollment, school.finance().token()), reply -> reply
                    .<List<?>>read("$.data.enrollment.payments.instalments").size() == 3);
            assertThat((String) charged.read("$.data.enrollment.state"))
                    .as("signed without a withdrawal period, not confirmed while instalments due before the start "
                            + "are unpaid").isEqualTo("SIGNED");
            assertThat((Object) charged.read("$.data.enrollment.withdrawalEndsOn")).isNull();
            List<Integer> instalments = charged.read("$.data.enrollment.payments.instalments[*].amount.amount");
            assertThat(instalments).as("186.25 € in three, to the cent").containsExactly(6_208, 6_208, 6_209);
            pay(enrollment, 1, 6_208);
            if (i == 3) {
                late = enrollment;
                continue;
            }
            pay(enrollment, 2, 6_208);
            pay(enrollment, 3, 6_209);
            awaitState(enrollment, "CONFIRMED");
        }

        String local = Fixtures.localIdOf(late);
        for (int days : List.of(3, 10)) {
            fire(PaymentDunning.KIND, "payment-dunning:" + local + ":2:" + days, Map.of("enrollmentId", local,
                    "instalment", "2", "days", String.valueOf(days)));
        }
        Fixtures.eventually(() -> api.queryWithToken(school.finance().token(), CatalogTest.NOTICES, Map.of()),
                reply -> reply.<List<String>>read("$.data.viewer.notifications.edges[*].node.kind")
                        .contains("PAYMENT_OVERDUE"));
        List<String> tasks = new java.util.ArrayList<>();
        for (String token : List.of(school.admin().token(), school.admissions().token())) {
            tasks.addAll(Fixtures.assertSucceeded(api.queryWithToken(token, EnrollmentPaymentsTest.TASKS, Map.of()))
                    .<List<String>>read("$.data.myCrmTasks.edges[*].node.title"));
        }
        assertThat(tasks).as("the D+10 task").singleElement().asString().contains("Échéance 2");
        assertThat(stateOf(late, school.admissions().token())).isEqualTo("SIGNED");

        pay(late, 2, 6_208);
        pay(late, 3, 6_209);
        var confirmed = awaitState(late, "CONFIRMED");
        assertThat((Integer) confirmed.read("$.data.enrollment.payments.balance.amount")).isZero();
    }

    /** Finance records the garage's transfer for one instalment. */
    private void pay(String enrollment, int instalment, int cents) {
        Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), RECORD, Map.of("id", enrollment,
                "input", Map.of("amount", euros(cents), "method", "TRANSFER", "instalment", instalment,
                        "reference", "VIR-" + instalment + "-" + shortId()))));
    }

    // ---- steps ----

    /** Submitted and every document uploaded by {@code applicant} (the learner, or admissions for them), accepted. */
    private void submitAndCompleteTheDossier(String enrollment, String applicant, List<String> kinds) {
        Fixtures.assertSucceeded(api.queryWithToken(applicant, SUBMIT, Map.of("id", enrollment)));
        var dossier = read(enrollment, applicant);
        assertThat((List<String>) dossier.read("$.data.enrollment.dossier.required[*].kind"))
                .containsExactlyInAnyOrderElementsOf(kinds);
        for (String kind : kinds) {
            assertThat(enrollments.upload(applicant, enrollment, kind, ("%PDF-1.7\n% " + kind + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII), kind.equals("IDENTITY")
                    ? PlatformCalendar.today(clock).plusYears(8).toString() : null).status()).isEqualTo(200);
            Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), DossierApiTest.ACCEPT,
                    Map.of("id", enrollment, "kind", kind, "input", Map.of())));
        }
        assertThat((Boolean) read(enrollment, applicant).read("$.data.enrollment.dossier.complete")).isTrue();
    }

    private void sendAndSign(String enrollment, List<String> signers, String kind) {
        sendAndSign(enrollment, signers, kind, null);
    }

    private void sendAndSign(String enrollment, List<String> signers, String kind, Newcomers.Person company) {
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("trainerQualifications", "Formateurs titulaires d'un CAP et de dix ans de métier");
        input.put("organisationSignatory", Map.of("name", "Directrice", "email", school.admin().email()));
        if (company != null) {
            input.put("companySignatory", Map.of("name", "Gérant du garage", "email", company.email()));
            input.put("companyName", "Garage du walk");
        }
        var sent = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(),
                EnrollmentContractTest.SEND, Map.of("id", enrollment, "input", input)));
        assertThat((String) sent.read("$.data.enrollmentContractSend.contract.state")).isEqualTo("SENT");
        var contract = awaitState(enrollment, "CONTRACT_SENT");
        assertThat((String) contract.read("$.data.enrollment.contract.kind")).isEqualTo(kind);
        String sha = contract.read("$.data.enrollment.contract.documentSha256");
        List<String> order = contract.read("$.data.enrollment.contract.signatories[*].id");
        assertThat(order).hasSameSizeAs(signers);
        for (int i = 0; i < order.size(); i++) {
            Fixtures.assertSucceeded(api.queryWithToken(signers.get(i), EnrollmentContractTest.SIGN,
                    Map.of("id", enrollment, "input", Map.of("signatoryId", order.get(i), "documentSha256", sha))));
        }
    }

    /** The stored job that ends the withdrawal period is due at 00:00 (Paris) after its last day: run it then. */
    private void endTheWithdrawalPeriod(String enrollment, String lastDay) {
        Instant due = java.time.LocalDate.parse(lastDay).plusDays(1).atStartOfDay(PlatformCalendar.ZONE).toInstant();
        String local = Fixtures.localIdOf(enrollment);
        var job = fire("enrollment-withdrawal-end", "enrollment-withdrawal-end/" + local + "/" + lastDay,
                Map.of("enrollment", local));
        assertThat(Instant.parse((String) job.get("dueAt"))).isEqualTo(due);
    }

    private void assertConfirmationReachedTheCrm(String contact, String deal) {
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), CONTACT, Map.of("id", contact)),
                reply -> reply.<List<String>>read("$.data.node.roles").contains("LEARNER")
                        && reply.find("$.data.node.learnerId") != null);
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), DEAL, Map.of("id", deal)),
                reply -> "WON".equals(reply.find("$.data.node.status")));
    }

    // ---- helpers ----

    private String openDeal(String contact) {
        String pipeline = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), CrmDealsTest.PIPELINES,
                Map.of("school", school.id()))).read("$.data.pipelines[0].id");
        return Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CrmDealsTest.DEAL_CREATE,
                Map.of("school", school.id(), "input", Map.of("pipelineId", pipeline, "contactId", contact,
                        "title", "Formation")))).read("$.data.dealCreate.deal.id");
    }

    /** Plans the funding (the price from the programme); the price in cents. */
    private int planned(String enrollment, Map<String, Object> input) {
        return ok(PLAN, enrollment, Map.of("input", input)).read("$.data.enrollmentFundingPlan.funding.price.amount");
    }

    /** The funding plan's invariant: its lines, the learner's remainder included, add up to the price exactly. */
    private void assertInvariant(String enrollment, int price) {
        List<Integer> lines = read(enrollment, school.admissions().token())
                .read("$.data.enrollment.funding.lines[*].amount.amount");
        assertThat(lines.stream().mapToInt(Integer::intValue).sum()).as("the lines add up to the price")
                .isEqualTo(price);
    }

    private String folder(int price) {
        String number = "CPF-" + shortId();
        trainingAccount.holderRequests(number, EnrollmentFixtures.TRAINING_ACCOUNT_SESSION, Money.cents(price));
        return number;
    }

    private GraphQlHttp.Reply ok(String document, String enrollment, Map<String, Object> variables) {
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.put("id", enrollment);
        return Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), document, all));
    }

    private GraphQlHttp.Reply read(String enrollment, String token) {
        return Fixtures.assertSucceeded(api.queryWithToken(token, ENROLLMENT, Map.of("id", enrollment)));
    }

    private String stateOf(String enrollment, String token) {
        return read(enrollment, token).read("$.data.enrollment.state");
    }

    private GraphQlHttp.Reply awaitState(String enrollment, String... states) {
        return Fixtures.eventually(() -> read(enrollment, school.admissions().token()),
                reply -> List.of(states).contains(reply.<String>find("$.data.enrollment.state")));
    }

    private static String withdrawalEndOf(GraphQlHttp.Reply reply) {
        return reply.read("$.data.enrollment.withdrawalEndsOn");
    }

    /**
     * Runs the scheduled job whose key is {@code key} as the job runner does once it is due: its handler with the
     * stored reminder (the attributes are the ones the scheduling code stores under that key).
     */
    private Map<String, Object> fire(String kind, String key, Map<String, String> attributes) {
        var job = given.awaitJob("SCHEDULED", j -> kind.equals(j.get("handler")) && key.equals(j.get("reminderKey")));
        ReminderHandler handler = reminderHandlers.stream().filter(h -> h.kind().equals(kind)).findFirst()
                .orElseThrow();
        handler.fire(new Reminder(key, kind, Instant.parse((String) job.get("dueAt")), attributes));
        return job;
    }

    private static Map<String, Object> euros(int cents) {
        return Map.of("amount", cents, "currency", "EUR");
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
