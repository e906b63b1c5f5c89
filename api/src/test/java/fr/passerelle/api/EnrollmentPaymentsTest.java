package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.funder.FakePaymentGateway;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.service.PaymentDunning;
import fr.passerelle.enrollment.service.PaymentLedger;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An enrollment's payments over GraphQL: the learner pays an instalment by card through the fake provider and gets
 * its invoice; a late instalment tells the learner at D+3 and gives a CRM task at D+10; finance records a transfer,
 * admissions may not; another school sees nothing. The charges stand for a signed contract (the contract part's
 * signature charges them through the same ledger).
 */
class EnrollmentPaymentsTest extends ApiTest {

    static final String PAYMENTS = """
            query($id: ID!) { enrollment(id: $id) { id payments { balance { amount } fundersPaid { amount }
              instalments { number amount { amount } dueOn paid { amount } state }
              entries(first: 50) { edges { node { kind amount { amount } method instalment } } }
              invoices { number amount { amount } mentions } } } }""";
    static final String START = """
            mutation($id: ID!, $input: EnrollmentPaymentStartInput!) {
              enrollmentPaymentStart(enrollmentId: $id, input: $input) {
              userErrors { field code } payment { providerId instalment method state amount { amount } } } }""";
    static final String RECORD = """
            mutation($id: ID!, $input: EnrollmentPaymentRecordInput!) {
              enrollmentPaymentRecord(enrollmentId: $id, input: $input) {
              userErrors { field code } entry { kind amount { amount } method instalment } } }""";
    static final String FUNDER_RECORD = """
            mutation($id: ID!, $input: EnrollmentPaymentFunderRecordInput!) {
              enrollmentPaymentFunderRecord(enrollmentId: $id, input: $input) {
              userErrors { field code } entry { kind method } } }""";
    static final String NOTIFICATIONS = """
            { viewer { notifications(first: 50) { edges { node { kind targetId } } } } }""";
    static final String TASKS = """
            { myCrmTasks(due: UPCOMING, first: 50) { edges { node { title } } } }""";

    @Autowired
    private Enrollments enrollmentStore;

    @Autowired
    private EventFactory events;

    @Autowired
    private PaymentLedger ledger;

    @Autowired
    private PaymentDunning dunning;

    @Autowired
    private FakePaymentGateway provider;

    private EnrollmentFixtures fixtures;
    private EnrollmentFixtures.School school;
    private Newcomers.Person learner;
    private String enrollment;

    @BeforeEach
    void aSignedEnrollmentWithTwoInstalments() {
        fixtures = new EnrollmentFixtures(api, given, people);
        school = fixtures.school();
        String session = fixtures.openSession(school, 5);
        String contact = fixtures.contact(school, "Payeur");
        learner = people.newcomer();
        Enrollment created = new Enrollment(UUID.randomUUID().toString(), GlobalIds.localId(school.id(), "School"),
                "programme-of-" + session,
                GlobalIds.localId(session, "Session"), GlobalIds.localId(contact, "Contact"), learner.subject(), null,
                new Applicant(ContactSituation.EMPLOYEE, false), true, EnrollmentState.WITHDRAWAL_PERIOD,
                today().minusDays(20), null, List.of(), school.admissions().subject(), Instant.now(), Instant.now(), 0);
        enrollmentStore.insert(created, events.created(EnrollmentEvents.ENROLLMENT_CREATED, Initiator.system(),
                created, Map.of(EnrollmentEvents.SCHOOL_ID, created.schoolId(), EnrollmentEvents.ENROLLMENT_ID,
                        created.id())));
        enrollment = GlobalIds.encode("Enrollment", created.id());
        charge(created, 1, 30_000, today().minusDays(19));
        charge(created, 2, 70_000, today().plusDays(11));
    }

    @Test
    void theLearnerPaysAnInstalmentByCardAndGetsItsInvoice() {
        var started = Fixtures.assertSucceeded(api.queryWithToken(learner.token(), START,
                Map.of("id", enrollment, "input", Map.of("method", "CARD"))));
        String paymentId = started.read("$.data.enrollmentPaymentStart.payment.providerId");
        assertThat((Integer) started.read("$.data.enrollmentPaymentStart.payment.instalment")).isEqualTo(1);
        assertThat((Integer) started.read("$.data.enrollmentPaymentStart.payment.amount.amount")).isEqualTo(30_000);
        var again = Fixtures.assertSucceeded(api.queryWithToken(learner.token(), START,
                Map.of("id", enrollment, "input", Map.of("method", "CARD"))));
        assertThat((String) again.read("$.data.enrollmentPaymentStart.payment.providerId")).as("a double submit")
                .isEqualTo(paymentId);

        provider.payerAuthenticates(paymentId);
        provider.redeliverEvents();

        var read = Fixtures.eventually(() -> api.queryWithToken(learner.token(), PAYMENTS, Map.of("id", enrollment)),
                reply -> ((List<?>) reply.read("$.data.enrollment.payments.invoices")).size() == 1);
        assertThat((List<String>) read.read("$.data.enrollment.payments.instalments[*].state"))
                .containsExactly("PAID", "UPCOMING");
        assertThat((Integer) read.read("$.data.enrollment.payments.balance.amount")).isEqualTo(70_000);
        assertThat((List<String>) read.read("$.data.enrollment.payments.entries.edges[*].node.kind"))
                .as("one payment however often the provider tells").containsExactly("CHARGE", "CHARGE", "PAYMENT");
        assertThat((String) read.read("$.data.enrollment.payments.invoices[0].number"))
                .matches("FA-\\d{4}-000001");
    }

    @Test
    void aLateInstalmentTellsTheLearnerAtThreeDaysAndGivesACrmTaskAtTen() {
        String id = GlobalIds.localId(enrollment, "Enrollment");
        dunning.fire(reminder(id, 3));
        dunning.fire(reminder(id, 10));
        dunning.fire(reminder(id, 10));

        var notices = Fixtures.eventually(() -> api.queryWithToken(learner.token(), NOTIFICATIONS, Map.of()),
                reply -> !((List<?>) reply.read("$.data.viewer.notifications.edges")).isEmpty());
        assertThat((List<String>) notices.read("$.data.viewer.notifications.edges[*].node.kind"))
                .containsOnly("PAYMENT_OVERDUE").hasSize(2);
        // the contact has no owner: an admissions member or admin of the school gets it
        List<String> titles = new ArrayList<>();
        for (String token : List.of(school.admin().token(), school.admissions().token(), school.finance().token(),
                api.token("platform-admin"))) {
            titles.addAll(Fixtures.assertSucceeded(api.queryWithToken(token, TASKS, Map.of()))
                    .<List<String>>read("$.data.myCrmTasks.edges[*].node.title"));
        }
        assertThat(titles).as("one task, however often D+10 fires").singleElement().asString()
                .contains("Échéance 1");
    }

    @Test
    void financeRecordsATransferAdmissionsMayNotAndSeeOnlyTheInstalments() {
        Map<String, Object> transfer = Map.of("id", enrollment, "input", Map.of("amount",
                Map.of("amount", 30_000, "currency", "EUR"), "method", "TRANSFER", "reference", "VIR-2026-001"));

        var forbidden = api.queryWithToken(school.admissions().token(), RECORD, transfer);
        assertThat(forbidden.errorClassification()).isEqualTo("FORBIDDEN");
        var recorded = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), RECORD, transfer));
        assertThat((String) recorded.read("$.data.enrollmentPaymentRecord.entry.kind")).isEqualTo("PAYMENT");
        var twice = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), RECORD, transfer));
        assertThat((Integer) twice.read("$.data.enrollmentPaymentRecord.entry.instalment"))
                .as("a retry answers the entry recorded").isEqualTo(1);
        var other = api.queryWithToken(school.finance().token(), RECORD, Map.of("id", enrollment, "input", Map.of(
                "amount", Map.of("amount", 20_000, "currency", "EUR"), "method", "TRANSFER", "reference",
                "VIR-2026-001")));
        assertThat((List<String>) other.read("$.data.enrollmentPaymentRecord.userErrors[*].code"))
                .containsExactly("DUPLICATE");
        var funder = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), FUNDER_RECORD, Map.of(
                "id", enrollment, "input", Map.of("amount", Map.of("amount", 50_000, "currency", "EUR"),
                        "reference", "OPCO-2026-001"))));
        assertThat((String) funder.read("$.data.enrollmentPaymentFunderRecord.entry.kind"))
                .isEqualTo("FUNDER_PAYMENT");

        var admissions = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), PAYMENTS,
                Map.of("id", enrollment)));
        assertThat((List<String>) admissions.read("$.data.enrollment.payments.instalments[*].state"))
                .containsExactly("PAID", "UPCOMING");
        assertThat((List<?>) admissions.read("$.data.enrollment.payments.entries.edges")).isEmpty();
        assertThat((List<?>) admissions.read("$.data.enrollment.payments.invoices")).isEmpty();
    }

    @Test
    void anotherSchoolSeesNothingAndCannotPay() {
        var otherSchool = fixtures.school();

        var read = Fixtures.assertSucceeded(api.queryWithToken(otherSchool.finance().token(), PAYMENTS,
                Map.of("id", enrollment)));
        assertThat((Object) read.read("$.data.enrollment")).isNull();
        var record = api.queryWithToken(otherSchool.finance().token(), RECORD, Map.of("id", enrollment, "input",
                Map.of("amount", Map.of("amount", 100, "currency", "EUR"), "method", "CHEQUE", "reference", "1")));
        assertThat(record.errorClassification()).isEqualTo("NOT_FOUND");
        var missing = api.queryWithToken(otherSchool.finance().token(), RECORD, Map.of("id",
                GlobalIds.encode("Enrollment", "missing"), "input", Map.of("amount", Map.of("amount", 100,
                        "currency", "EUR"), "method", "CHEQUE", "reference", "1")));
        assertThat(missing.errorClassification()).isEqualTo("NOT_FOUND");
        var pay = api.queryWithToken(people.newcomer().token(), START, Map.of("id", enrollment, "input",
                Map.of("method", "CARD")));
        assertThat(pay.errorClassification()).isEqualTo("NOT_FOUND");
    }

    private void charge(Enrollment of, int number, long cents, LocalDate dueOn) {
        ledger.append(new PaymentLedger.Fact(of.schoolId(), of.id(), LedgerKind.CHARGE, Money.cents(cents), null,
                LedgerEntry.chargeReference(of.id(), number), number, dueOn), of.contactId(), Initiator.system());
    }

    private static Reminder reminder(String enrollmentId, int days) {
        return new Reminder("payment-dunning:" + enrollmentId + ":1:" + days, PaymentDunning.KIND, Instant.now(),
                Map.of("enrollmentId", enrollmentId, "instalment", "1", "days", String.valueOf(days)));
    }

    private static LocalDate today() {
        return PlatformCalendar.today(Clock.systemUTC());
    }
}
