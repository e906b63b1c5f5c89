package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Tells whoever must act on an enrollment, in their language: the learner (when their contact is linked to an
 * account) that they were enrolled and must complete their dossier, that it is confirmed, or cancelled; admissions
 * (and admins) that a learner submitted their own dossier. Notices name the session by its dates, never the person.
 * Keyed by the event, so a redelivery tells them once.
 */
public class EnrollmentNotices implements EventSubscriber {

    private static final Map<String, NotificationKind> TO_LEARNER = Map.of(
            EnrollmentEvents.ENROLLMENT_CREATED, NotificationKind.ENROLLMENT_CREATED,
            EnrollmentEvents.ENROLLMENT_CONFIRMED, NotificationKind.ENROLLMENT_CONFIRMED,
            EnrollmentEvents.ENROLLMENT_CANCELLED, NotificationKind.ENROLLMENT_CANCELLED);

    private final Enrollments enrollments;
    private final Sessions sessions;
    private final Memberships memberships;
    private final NoticeDelivery delivery;

    public EnrollmentNotices(Enrollments enrollments, Sessions sessions, Memberships memberships,
                             NoticeDelivery delivery) {
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.memberships = memberships;
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "enrollment-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return TO_LEARNER.containsKey(event.type()) || event.type().equals(EnrollmentEvents.ENROLLMENT_SUBMITTED);
    }

    @Override
    public void on(DomainEvent event) {
        Enrollment enrollment = enrollments.findById(event.aggregateId()).orElse(null);
        Session session = enrollment == null ? null : sessions.findById(enrollment.sessionId()).orElse(null);
        if (session == null) {
            return; // erased since
        }
        if (event.type().equals(EnrollmentEvents.ENROLLMENT_SUBMITTED)) {
            if (event.initiator().subject().equals(enrollment.learnerSubject())) {
                List<String> admissions = SchoolStaff.admissions(memberships, enrollment.schoolId());
                delivery.toPeople(event.id(), notice(NotificationKind.ENROLLMENT_SUBMITTED, enrollment, session),
                        admissions);
            }
            return;
        }
        if (enrollment.learnerSubject() != null) {
            delivery.toPeople(event.id(), notice(TO_LEARNER.get(event.type()), enrollment, session),
                    List.of(enrollment.learnerSubject()));
        }
    }

    private static Notice notice(NotificationKind kind, Enrollment enrollment, Session session) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        String dates = iso.format(session.details().dates().start()) + " – "
                + iso.format(session.details().dates().end());
        return new Notice(kind, Map.of("session", dates), EnrollmentAccess.TYPE, enrollment.id());
    }
}
