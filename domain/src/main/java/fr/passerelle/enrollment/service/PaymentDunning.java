package fr.passerelle.enrollment.service;

import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.PaymentInstalment;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dunning: each instalment still unpaid {@link #STEPS} days after its due date (durable reminders, at 09:00 Paris)
 * records {@code payment.overdue} and tells the payer — the learner, in their language; for a company payer, the
 * school's finance staff, who hold its billing contact — and at {@link #TASK_STEP} days gives the contact's owner (or,
 * without one, an admissions member or admin) a CRM task to call. A reminder that fires after the instalment was
 * paid, written off, or the enrollment ended does nothing; each step is recorded once on the payment account, and the
 * notice and the task are keyed by the reminder, so a reminder fired twice acts once.
 */
public class PaymentDunning implements ReminderHandler {

    public static final String KIND = "enrollment-payment-dunning";
    public static final List<Integer> STEPS = List.of(3, 10, 30);
    public static final int TASK_STEP = 10;
    /** The call is due two days after the task is given. */
    private static final Duration TASK_DELAY = Duration.ofDays(2);
    private static final LocalTime AT = LocalTime.of(9, 0);
    private static final Set<EnrollmentState> ENDED = Set.of(EnrollmentState.CANCELLED, EnrollmentState.ABANDONED);
    static final String ENROLLMENT = "enrollmentId";
    static final String INSTALMENT = "instalment";
    static final String DAYS = "days";

    private final Reminders reminders;
    private final Enrollments enrollments;
    private final PaymentLedger ledger;
    private final PaymentAccountChanges accounts;
    private final NoticeDelivery notices;
    private final Memberships memberships;
    private final FollowUps followUps;
    private final FundingProgress funding;
    private final Clock clock;

    public PaymentDunning(Reminders reminders, Enrollments enrollments, PaymentLedger ledger,
                          PaymentAccountChanges accounts, NoticeDelivery notices, Memberships memberships,
                          FollowUps followUps, FundingProgress funding, Clock clock) {
        this.reminders = reminders;
        this.enrollments = enrollments;
        this.ledger = ledger;
        this.accounts = accounts;
        this.notices = notices;
        this.memberships = memberships;
        this.followUps = followUps;
        this.funding = funding;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Schedules the instalment's dunning steps (idempotent: the reminders' keys are derived). */
    public void schedule(Enrollment enrollment, int instalment, LocalDate dueOn) {
        for (int days : STEPS) {
            reminders.schedule(new Reminder(key(enrollment.id(), instalment, days), KIND,
                    dueOn.plusDays(days).atTime(AT).atZone(PlatformCalendar.ZONE).toInstant(),
                    Map.of(ENROLLMENT, enrollment.id(), INSTALMENT, String.valueOf(instalment),
                            DAYS, String.valueOf(days))));
        }
    }

    /** Cancels what is pending of an instalment's dunning (its reminders would find it settled anyway). */
    public void cancel(String enrollmentId, int instalment) {
        STEPS.forEach(days -> reminders.cancel(key(enrollmentId, instalment, days)));
    }

    @Override
    public void fire(Reminder reminder) {
        int instalment = Integer.parseInt(reminder.attribute(INSTALMENT));
        int days = Integer.parseInt(reminder.attribute(DAYS));
        Optional<Enrollment> found = enrollments.findById(reminder.attribute(ENROLLMENT))
                .filter(e -> !ENDED.contains(e.state()));
        if (found.isEmpty()) {
            return;
        }
        Enrollment enrollment = found.get();
        Optional<PaymentInstalment> unpaid = ledger.of(enrollment.id())
                .instalment(instalment, PlatformCalendar.today(clock)).filter(i -> !i.settled());
        if (unpaid.isEmpty()) {
            return;
        }
        accounts.change(enrollment, EnrollmentEvents.PAYMENT_OVERDUE, Initiator.system(),
                account -> account.dunned(instalment, days) ? account
                        : account.withDunning(instalment, days, clock.instant()));
        tell(reminder.key(), enrollment, unpaid.get(), days);
        if (days == TASK_STEP) {
            task(reminder.key(), enrollment, unpaid.get());
        }
    }

    private void tell(String cause, Enrollment enrollment, PaymentInstalment instalment, int days) {
        Notice notice = new Notice(NotificationKind.PAYMENT_OVERDUE, Map.of("instalment",
                String.valueOf(instalment.number()), "dueOn", instalment.dueOn().toString(),
                "days", String.valueOf(days)),
                PaymentService.TYPE, enrollment.id());
        if (!funding.of(enrollment).payerIsCompany() && enrollment.learnerSubject() != null) {
            notices.toPeople(cause, notice, List.of(enrollment.learnerSubject()));
        } else {
            notices.toPeople(cause, notice, SchoolStaff.finance(memberships, enrollment.schoolId()));
        }
    }

    private void task(String cause, Enrollment enrollment, PaymentInstalment instalment) {
        String owner = followUps.ownerOf(enrollment.contactId())
                .orElseGet(() -> SchoolStaff.admissions(memberships, enrollment.schoolId()).stream().findFirst()
                        .orElse(null));
        if (owner != null) {
            followUps.task(cause, enrollment.schoolId(), enrollment.contactId(), owner,
                    "Échéance " + instalment.number() + " impayée : relancer le payeur",
                    clock.instant().plus(TASK_DELAY));
        }
    }

    /** The CRM as dunning needs it. */
    public interface FollowUps {

        /** The staff member in charge of the contact, if any. */
        Optional<String> ownerOf(String contactId);

        /** Gives the owner a task on the contact; the same key gives the task its first call created. */
        void task(String key, String schoolId, String contactId, String ownerSubject, String title, Instant dueAt);
    }

    /** {@link FollowUps} through the CRM's contacts and its automation entry point for tasks (a system actor). */
    public static FollowUps crm(Contacts contacts, TaskUseCases tasks) {
        return new FollowUps() {
            @Override
            public Optional<String> ownerOf(String contactId) {
                return contacts.findById(contactId).map(contact -> contact.owner());
            }

            @Override
            public void task(String key, String schoolId, String contactId, String ownerSubject, String title,
                             Instant dueAt) {
                tasks.create(new AutomationOrigin(KIND, "payment overdue"), key, schoolId,
                        new TaskUseCases.TaskCommand(title, dueAt, ownerSubject, contactId, null));
            }
        };
    }

    static String key(String enrollmentId, int instalment, int days) {
        return "payment-dunning:" + enrollmentId + ":" + instalment + ":" + days;
    }
}
