package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionState;
import fr.passerelle.catalog.port.in.SeatUseCases;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.catalog.service.CatalogAccess;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEndReason;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.in.EnrollmentUseCases;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The enrollment's path as people walk it. Creating one reserves its seat (or waiting place) first, under the
 * enrollment's holder key, then stores it: a crash between the two leaves a seat that the retry finds by that key,
 * never a second one. Ending one frees its seat after the write (the release is harmless when repeated).
 */
public class EnrollmentService implements EnrollmentUseCases {

    private final Enrollments enrollments;
    private final Sessions sessions;
    private final Programmes programmes;
    private final ContactReferences contactReferences;
    private final Contacts contacts;
    private final SeatUseCases seats;
    private final EventFactory events;
    private final Clock clock;

    public EnrollmentService(Enrollments enrollments, Sessions sessions, Programmes programmes,
                             ContactReferences contactReferences, Contacts contacts, SeatUseCases seats,
                             EventFactory events, Clock clock) {
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.programmes = programmes;
        this.contactReferences = contactReferences;
        this.contacts = contacts;
        this.seats = seats;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Enrollment create(Actor actor, CreateCommand command) {
        Session session = sessions.findById(command.sessionId())
                .filter(s -> CatalogAccess.mayRead(actor, s.schoolId()))
                .orElseThrow(() -> new NotFoundException("Session", command.sessionId()));
        if (!EnrollmentAccess.mayWork(actor, session.schoolId())) {
            throw new ForbiddenException("error.forbidden.enrollment");
        }
        if (command.situation() == null) {
            throw BusinessRuleViolation.of("situation", ErrorCode.REQUIRED, "error.enrollment.situation-required");
        }
        String id = Enrollment.idFor(session.id(), command.contactId());
        Optional<Enrollment> existing = enrollments.findById(id);
        if (existing.isPresent()) {
            return answerRetry(existing.get());
        }
        if (contactReferences.existing(session.schoolId(), Set.of(command.contactId())).isEmpty()) {
            throw BusinessRuleViolation.of("contactId", ErrorCode.INVALID, "error.enrollment.unknown-contact");
        }
        String learnerSubject = contacts.findById(command.contactId()).map(contact -> contact.details().links())
                .map(links -> links.platformSubject()).orElse(null);
        SeatOutcome seat = seats.reserve(actor, session.id(), Enrollment.holderKey(id), command.contactId(), null)
                .outcome();
        Enrollment enrollment = Enrollment.create(id, session.schoolId(), session.programmeId(), session.id(),
                command.contactId(), learnerSubject, new Applicant(command.situation(),
                        Boolean.TRUE.equals(command.minor())), seat.kind() == SeatOutcome.Kind.SEATED,
                actor.subject(), clock.instant());
        try {
            return enrollments.insert(enrollment, events.created(EnrollmentEvents.ENROLLMENT_CREATED,
                    actor.initiatorFor(Tenant.school(enrollment.schoolId())), enrollment, attributes(enrollment)));
        } catch (DuplicateKeyException sameRequestTwice) {
            // Two identical requests raced: the other one stored it.
            return answerRetry(enrollments.findById(id).orElseThrow(() -> sameRequestTwice));
        }
    }

    /** A live enrollment is the answer to a repeated create; an ended one may not be started again. */
    private static Enrollment answerRetry(Enrollment existing) {
        if (existing.state().isEnded()) {
            throw BusinessRuleViolation.of("sessionId", ErrorCode.DUPLICATE, "error.enrollment.already-exists",
                    existing.state());
        }
        return existing;
    }

    @Override
    public Enrollment submit(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, expectedVersion, EnrollmentAccess::requireWorkOrOwn,
                e -> e.submitted(actor.subject(), clock.instant()), EnrollmentEvents.ENROLLMENT_SUBMITTED);
    }

    @Override
    public Enrollment cancel(Actor actor, String id, EnrollmentEndReason reason, Long expectedVersion) {
        Enrollment cancelled = change(actor, id, expectedVersion, EnrollmentAccess::requireWork,
                e -> e.cancelled(reason, actor.subject(), clock.instant()), EnrollmentEvents.ENROLLMENT_CANCELLED);
        freeSeat(actor, cancelled);
        return cancelled;
    }

    @Override
    public Enrollment abandon(Actor actor, String id, EnrollmentEndReason reason, Long expectedVersion) {
        Enrollment abandoned = change(actor, id, expectedVersion, EnrollmentAccess::requireWork,
                e -> e.abandoned(reason, actor.subject(), clock.instant()), EnrollmentEvents.ENROLLMENT_ABANDONED);
        freeSeat(actor, abandoned);
        return abandoned;
    }

    /**
     * Only the learner withdraws (it is their legal right, not staff's decision). The seat is then freed by the
     * platform on the school's behalf: the learner does not work the school's sessions.
     */
    @Override
    public Enrollment withdraw(Actor actor, String id, Long expectedVersion) {
        Enrollment withdrawn = change(actor, id, expectedVersion, EnrollmentService::requireLearner,
                e -> e.withdrawn(actor.subject(), PlatformCalendar.today(clock), clock.instant()),
                EnrollmentEvents.ENROLLMENT_CANCELLED);
        freeSeat(SchoolProcess.actingFor(withdrawn.schoolId()), withdrawn);
        return withdrawn;
    }

    /** After the enrollment's write (a retry frees nothing twice); a closed or cancelled session keeps its list. */
    private void freeSeat(Actor actor, Enrollment ended) {
        boolean running = sessions.findById(ended.sessionId())
                .filter(s -> s.state() != SessionState.CLOSED && s.state() != SessionState.CANCELLED).isPresent();
        if (running) {
            seats.release(actor, ended.sessionId(), ended.holderKey(), null);
        }
    }

    @Override
    public Enrollment startTraining(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, expectedVersion, EnrollmentAccess::requireWork,
                e -> e.trainingStarted(actor.subject(), clock.instant()), EnrollmentEvents.ENROLLMENT_ADVANCED);
    }

    @Override
    public Enrollment complete(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, expectedVersion, EnrollmentAccess::requireWork,
                e -> e.completed(actor.subject(), clock.instant()), EnrollmentEvents.ENROLLMENT_COMPLETED);
    }

    @Override
    public Optional<Enrollment> find(Actor actor, String id) {
        return enrollments.findById(id).filter(e -> EnrollmentAccess.mayRead(actor, e));
    }

    @Override
    public List<Enrollment> findAll(Actor actor, Collection<String> ids) {
        return enrollments.findAllById(ids).stream().filter(e -> EnrollmentAccess.mayRead(actor, e)).toList();
    }

    @Override
    public Page<Enrollment> ofSchool(Actor actor, String schoolId, EnrollmentState state, String sessionId,
                                     Paging paging) {
        return EnrollmentAccess.mayReadSchool(actor, schoolId)
                ? enrollments.ofSchool(schoolId, state, sessionId, paging) : Page.empty();
    }

    @Override
    public Page<Enrollment> mine(Actor actor, Paging paging) {
        return actor.isPartnerClient() ? Page.empty() : enrollments.ofLearner(actor.subject(), paging);
    }

    @Override
    public Map<String, Page<Enrollment>> firstPagesOfSessions(Actor actor, Collection<String> sessionIds, int size) {
        List<String> readable = sessions.findAllById(sessionIds).stream()
                .filter(s -> EnrollmentAccess.mayReadSchool(actor, s.schoolId())).map(Session::id).toList();
        Map<String, Page<Enrollment>> pages = new HashMap<>(enrollments.firstPagesBySession(readable, size));
        sessionIds.forEach(id -> pages.putIfAbsent(id, Page.empty()));
        return pages;
    }

    @Override
    public Map<String, Session> sessionsOf(Actor actor, Collection<Enrollment> of) {
        return related(actor, of, Enrollment::sessionId, ids -> sessions.findAllById(ids).stream()
                .collect(Collectors.toMap(Session::id, Function.identity())));
    }

    @Override
    public Map<String, Programme> programmesOf(Actor actor, Collection<Enrollment> of) {
        return related(actor, of, Enrollment::programmeId, ids -> programmes.findAllById(ids).stream()
                .collect(Collectors.toMap(Programme::id, Function.identity())));
    }

    private static <T> Map<String, T> related(Actor actor, Collection<Enrollment> of,
                                              Function<Enrollment, String> key,
                                              Function<Set<String>, Map<String, T>> read) {
        List<Enrollment> readable = of.stream().filter(e -> EnrollmentAccess.mayRead(actor, e)).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        Map<String, T> found = read.apply(readable.stream().map(key).collect(Collectors.toSet()));
        Map<String, T> byEnrollment = new HashMap<>();
        readable.forEach(e -> Optional.ofNullable(found.get(key.apply(e)))
                .ifPresent(value -> byEnrollment.put(e.id(), value)));
        return byEnrollment;
    }

    private static Enrollment requireLearner(Actor actor, Enrollment enrollment) {
        EnrollmentAccess.requireRead(actor, enrollment);
        if (!EnrollmentAccess.isLearner(actor, enrollment)) {
            throw new ForbiddenException("error.forbidden.enrollment");
        }
        return enrollment;
    }

    /**
     * One version-checked write by a person. A transition already made answers the enrollment unchanged before the
     * version is compared: a retried request whose answer was lost gets it again.
     */
    private Enrollment change(Actor actor, String id, Long expectedVersion,
                              BiFunction<Actor, Enrollment, Enrollment> access, UnaryOperator<Enrollment> edit,
                              String type) {
        Supplier<Enrollment> load = () -> access.apply(actor, enrollments.findById(id)
                .orElseThrow(() -> new NotFoundException(EnrollmentAccess.TYPE, id)));
        Enrollment stored = load.get();
        if (edit.apply(stored) == stored) {
            return stored;
        }
        return new VersionedChange<>(load, Enrollment::version, (before, after) -> enrollments.update(after,
                events.changed(type, actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                        attributes(after)))).apply(expectedVersion, edit);
    }

    static Map<String, String> attributes(Enrollment enrollment) {
        return Map.of(EnrollmentEvents.SCHOOL_ID, enrollment.schoolId(), EnrollmentEvents.ENROLLMENT_ID,
                enrollment.id(), EnrollmentEvents.SESSION_ID, enrollment.sessionId(), EnrollmentEvents.CONTACT_ID,
                enrollment.contactId());
    }
}
