package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Instant;
import java.util.Map;

/**
 * The end of a withdrawal period: once an enrollment is signed, a stored reminder is scheduled at 00:00 (Paris) of
 * the day after its last day, when it then advances (confirmed if what was due is paid; else a later payment
 * advances it). Firing re-reads the enrollment: one withdrawn or already confirmed meanwhile does not move.
 */
public class WithdrawalEnds implements EventSubscriber, ReminderHandler {

    static final String KIND = "enrollment-withdrawal-end";
    private static final String ENROLLMENT = "enrollment";

    private final Enrollments enrollments;
    private final Reminders reminders;
    private final EnrollmentAdvancer advancer;

    public WithdrawalEnds(Enrollments enrollments, Reminders reminders, EnrollmentAdvancer advancer) {
        this.enrollments = enrollments;
        this.reminders = reminders;
        this.advancer = advancer;
    }

    @Override
    public String name() {
        return "enrollment-withdrawal-ends";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(EnrollmentEvents.ENROLLMENT_SIGNED);
    }

    @Override
    public void on(DomainEvent event) {
        enrollments.findById(event.aggregateId())
                .filter(e -> e.state() == EnrollmentState.WITHDRAWAL_PERIOD && e.withdrawalEndsOn() != null)
                .ifPresent(e -> reminders.schedule(new Reminder(key(e), KIND, over(e),
                        Map.of(ENROLLMENT, e.id()))));
    }

    @Override
    public void fire(Reminder reminder) {
        String id = reminder.attribute(ENROLLMENT);
        if (enrollments.findById(id).filter(e -> e.state() == EnrollmentState.WITHDRAWAL_PERIOD).isPresent()) {
            advancer.advance(id, reminder.dueAt());
        }
    }

    /** The first instant after the period's last day. */
    static Instant over(Enrollment enrollment) {
        return enrollment.withdrawalEndsOn().plusDays(1).atStartOfDay(PlatformCalendar.ZONE).toInstant();
    }

    static String key(Enrollment enrollment) {
        return KIND + "/" + enrollment.id() + "/" + enrollment.withdrawalEndsOn();
    }
}
