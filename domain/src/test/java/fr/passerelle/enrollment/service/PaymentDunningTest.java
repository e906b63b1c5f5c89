package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.model.PaymentInstalment;
import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.enrollment.service.PaymentFakes.InMemoryLedgerEntries;
import fr.passerelle.enrollment.service.PaymentFakes.InMemoryPaymentAccounts;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingReminders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Charges at signature, then dunning at D+3, D+10 and D+30 on a fake clock and recorded reminders. */
class PaymentDunningTest {

    private static final LocalDate WITHDRAWAL_ENDS = LocalDate.of(2026, 3, 14);
    private static final LocalDate FIRST_DUE = WITHDRAWAL_ENDS.plusDays(1);

    private final MutableClock clock = new MutableClock();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLedgerEntries entries = new InMemoryLedgerEntries();
    private final InMemoryPaymentAccounts accounts = new InMemoryPaymentAccounts();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final RecordingReminders reminders = new RecordingReminders();
    private final List<String> told = new ArrayList<>();
    private final Map<String, String> tasks = new LinkedHashMap<>();
    private boolean companyPays;
    private PaymentLedger ledger;
    private PaymentDunning dunning;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-03-01T08:00:00Z"));
        EventFactory events = new EventFactory(Fixtures.countingIds("event-"), clock);
        ledger = new PaymentLedger(entries, Fixtures.countingIds("entry-"), events, clock);
        NoticeDelivery notices = new NoticeDelivery() {
            @Override
            public void toPeople(String cause, Notice notice, Collection<String> subjects) {
                subjects.forEach(s -> told.add(notice.kind() + " " + s + " " + notice.parameters().get("days")));
            }

            @Override
            public void toAddress(String cause, Notice notice, EmailAddress address) {
                throw new AssertionError("no address is told here");
            }
        };
        PaymentDunning.FollowUps followUps = new PaymentDunning.FollowUps() {
            @Override
            public Optional<String> ownerOf(String contactId) {
                return Optional.of("owner-of-" + contactId);
            }

            @Override
            public void task(String key, String schoolId, String contactId, String owner, String title,
                             Instant dueAt) {
                tasks.putIfAbsent(key, owner);
            }
        };
        FundingProgress funding = enrollment -> new FundingProgress.FundingStatus(true, true, true, false,
                Set.of(FundingSource.LEARNER), companyPays, Money.euros(1_000), InstalmentOption.THREE);
        dunning = new PaymentDunning(reminders, enrollments, ledger,
                new PaymentAccountChanges(accounts, events, clock), notices, memberships, followUps, funding, clock);
        enrollments.seed(enrollment(EnrollmentState.WITHDRAWAL_PERIOD));
        Actors.member(memberships, "finance-1", Tenant.school("school-1"), MembershipRole.FINANCE);
        ContractProgress signed = enrollment -> Optional.of(new ContractProgress.ContractStatus("contract-1",
                clock.instant(), clock.instant(), WITHDRAWAL_ENDS));
        new PaymentReceivables(enrollments, funding, signed, ledger, dunning)
                .charge(enrollments.findById("enrollment-1").orElseThrow());
    }

    @Test
    void signatureChargesTheCappedScheduleFromTheDayAfterTheWithdrawalPeriodAndSchedulesItsDunning() {
        List<PaymentInstalment> schedule = ledger.of("enrollment-1").instalments(FIRST_DUE);

        assertThat(schedule).extracting(i -> i.amount().amountInMinorUnits() + "@" + i.dueOn())
                .containsExactly("30000@2026-03-15", "36666@2026-04-15", "33334@2026-05-15");
        assertThat(reminders.pending()).extracting(Reminder::key).hasSize(9)
                .contains("payment-dunning:enrollment-1:1:3", "payment-dunning:enrollment-1:1:10",
                        "payment-dunning:enrollment-1:3:30");
        assertThat(reminders.pending()).filteredOn(r -> r.key().endsWith(":1:3")).singleElement()
                .extracting(Reminder::dueAt).isEqualTo(LocalDate.of(2026, 3, 18).atTime(LocalTime.of(9, 0))
                        .atZone(PlatformCalendar.ZONE).toInstant());
        assertThat(entries.eventTypes()).containsOnly(EnrollmentEvents.PAYMENT_CHARGED).hasSize(3);
    }

    @Test
    void aRedeliveredSignatureChargesNothingMore() {
        setUp();

        assertThat(entries.size()).isEqualTo(3);
        assertThat(reminders.pending()).hasSize(9);
    }

    @Test
    void anUnpaidInstalmentIsDunnedAtThreeTenAndThirtyDaysWithACrmTaskAtTen() {
        fire(1, 3);
        assertThat(told).containsExactly("PAYMENT_OVERDUE learner-1 3");
        assertThat(tasks).isEmpty();

        fire(1, 10);
        fire(1, 10);
        assertThat(told).containsExactly("PAYMENT_OVERDUE learner-1 3", "PAYMENT_OVERDUE learner-1 10",
                "PAYMENT_OVERDUE learner-1 10");
        assertThat(tasks).containsExactly(Map.entry("payment-dunning:enrollment-1:1:10", "owner-of-contact-1"));
        assertThat(accounts.eventTypes()).as("each step recorded once")
                .containsExactly(EnrollmentEvents.PAYMENT_OVERDUE, EnrollmentEvents.PAYMENT_OVERDUE);
        assertThat(accounts.findById("enrollment-1").orElseThrow().dunning()).containsExactlyInAnyOrder("1:3", "1:10");
    }

    @Test
    void aPaidInstalmentsRemindersDoNothing() {
        ledger.append(new PaymentLedger.Fact("school-1", "enrollment-1", LedgerKind.PAYMENT, Money.euros(300),
                LedgerMethod.TRANSFER, "record:transfer-1", 1, null), "contact-1", Initiator.system());

        fire(1, 3);
        fire(1, 10);

        assertThat(told).isEmpty();
        assertThat(tasks).isEmpty();
        assertThat(accounts.size()).isZero();
    }

    @Test
    void aContractSignedAfterTheEnrollmentWasCancelledChargesNothing() {
        InMemoryLedgerEntries none = new InMemoryLedgerEntries();
        PaymentLedger fresh = new PaymentLedger(none, Fixtures.countingIds("other-"),
                new EventFactory(Fixtures.countingIds("other-event-"), clock), clock);
        FundingProgress funding = enrollment -> new FundingProgress.FundingStatus(true, true, true, false,
                Set.of(FundingSource.LEARNER), false, Money.euros(1_000), InstalmentOption.THREE);
        ContractProgress signed = enrollment -> Optional.of(new ContractProgress.ContractStatus("contract-1",
                clock.instant(), clock.instant(), WITHDRAWAL_ENDS));

        new PaymentReceivables(enrollments, funding, signed, fresh, dunning)
                .charge(enrollment(EnrollmentState.CANCELLED));

        assertThat(none.size()).isZero();
    }

    @Test
    void anEndedEnrollmentIsNotDunned() {
        enrollments.seed(enrollment(EnrollmentState.CANCELLED));

        fire(1, 30);

        assertThat(told).isEmpty();
    }

    @Test
    void whenACompanyPaysTheSchoolsFinanceIsToldInsteadOfTheLearner() {
        companyPays = true;

        fire(2, 3);

        assertThat(told).containsExactly("PAYMENT_OVERDUE finance-1 3");
    }

    private void fire(int instalment, int days) {
        Reminder reminder = reminders.pending().stream()
                .filter(r -> r.key().equals(PaymentDunning.key("enrollment-1", instalment, days))).findFirst()
                .orElseThrow();
        clock.set(reminder.dueAt());
        dunning.fire(reminder);
    }

    private Enrollment enrollment(EnrollmentState state) {
        return new Enrollment("enrollment-1", "school-1", "programme-1", "session-1", "contact-1", "learner-1", null,
                new Applicant(ContactSituation.JOB_SEEKER, false), true, state, WITHDRAWAL_ENDS, null, List.of(),
                "admissions-1", Fixtures.NOW, Fixtures.NOW, 0);
    }
}
