package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionDetails;
import fr.passerelle.catalog.port.in.SessionCommand;
import fr.passerelle.catalog.port.in.SessionUseCases;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Sessions of a school's programmes: planned, opened for enrollment, run, closed or cancelled. */
public class SessionService implements SessionUseCases {

    static final String TYPE = "Session";
    /** Sessions per programme: years of monthly sessions. */
    static final int MAX_PER_PROGRAMME = 300;

    private final Sessions sessions;
    private final Programmes programmes;
    private final Memberships memberships;
    private final ContactReferences contacts;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public SessionService(Sessions sessions, Programmes programmes, Memberships memberships,
                          ContactReferences contacts, IdGenerator ids, EventFactory events, Clock clock) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.memberships = memberships;
        this.contacts = contacts;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Session create(Actor actor, String programmeId, SessionCommand command) {
        Programme programme = programmes.findById(programmeId)
                .filter(p -> CatalogAccess.mayRead(actor, p.schoolId()))
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
        CatalogAccess.requireWorkSessions(actor, programme.schoolId());
        SessionDetails details = details(programme.schoolId(), command);
        if (sessions.countByProgramme(programmeId) >= MAX_PER_PROGRAMME) {
            throw BusinessRuleViolation.of("", ErrorCode.OUT_OF_RANGE, "error.catalog.too-many-sessions",
                    MAX_PER_PROGRAMME);
        }
        Session session = Session.plan(ids.newId(), programme.schoolId(), programmeId, details, actor.subject(),
                clock.instant());
        return sessions.insert(session, events.created(CatalogEvents.SESSION_CREATED,
                actor.initiatorFor(Tenant.school(session.schoolId())), session, CatalogEvents.of(session)));
    }

    @Override
    public Session update(Actor actor, String id, SessionCommand command, Long expectedVersion) {
        return change(actor, id, CatalogEvents.SESSION_UPDATED, expectedVersion, session -> {
            SessionDetails details = details(session.schoolId(), command);
            return session.details().equals(details) ? session : session.edited(details, clock.instant());
        });
    }

    @Override
    public Session open(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, CatalogEvents.SESSION_OPENED, expectedVersion, session -> {
            boolean published = programmes.findById(session.programmeId()).map(Programme::isPublished)
                    .orElse(false);
            if (!published) {
                throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.catalog.programme-not-published");
            }
            return session.opened(clock.instant());
        });
    }

    @Override
    public Session start(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, CatalogEvents.SESSION_STARTED, expectedVersion,
                session -> session.started(clock.instant()));
    }

    @Override
    public Session close(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, CatalogEvents.SESSION_CLOSED, expectedVersion,
                session -> session.closed(clock.instant()));
    }

    @Override
    public Session cancel(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, CatalogEvents.SESSION_CANCELLED, expectedVersion,
                session -> session.cancelled(clock.instant()));
    }

    @Override
    public Optional<Session> find(Actor actor, String id) {
        return sessions.findById(id).filter(s -> CatalogAccess.mayRead(actor, s.schoolId()));
    }

    @Override
    public List<Session> findAll(Actor actor, Collection<String> ids) {
        return sessions.findAllById(ids).stream().filter(s -> CatalogAccess.mayRead(actor, s.schoolId())).toList();
    }

    @Override
    public Page<Session> ofProgramme(Actor actor, String programmeId, Paging paging) {
        boolean readable = programmes.findById(programmeId).filter(p -> CatalogAccess.mayRead(actor, p.schoolId()))
                .isPresent();
        return readable ? sessions.page(programmeId, paging) : Page.empty();
    }

    /** One read of the programmes, to check each one as {@link #ofProgramme} does, and one of their sessions. */
    @Override
    public Map<String, Page<Session>> firstPagesOfProgrammes(Actor actor, Collection<String> programmeIds, int size) {
        List<String> readable = programmes.findAllById(programmeIds).stream()
                .filter(p -> CatalogAccess.mayRead(actor, p.schoolId())).map(Programme::id).toList();
        Map<String, Page<Session>> pages = new HashMap<>(sessions.firstPagesByProgramme(readable, size));
        programmeIds.forEach(id -> pages.putIfAbsent(id, Page.empty()));
        return pages;
    }

    @Override
    public Map<String, Holders> holders(Actor actor, Collection<Session> of) {
        Map<String, Holders> holders = new HashMap<>();
        of.stream().filter(session -> CatalogAccess.maySeeHolders(actor, session))
                .collect(Collectors.groupingBy(Session::schoolId)).forEach((schoolId, visible) -> {
                    Map<String, String> names = contacts.displayNames(schoolId, visible.stream()
                            .flatMap(session -> session.contactIds().stream()).collect(Collectors.toSet()));
                    visible.forEach(session -> holders.put(session.id(), new Holders(
                            lines(session.seats(), names), lines(session.waitlist(), names))));
                });
        of.forEach(session -> holders.putIfAbsent(session.id(), Holders.HIDDEN));
        return holders;
    }

    private static List<Holder> lines(List<Seat> seats, Map<String, String> names) {
        List<Holder> lines = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            lines.add(new Holder(seats.get(i), i + 1, names.get(seats.get(i).contactId())));
        }
        return lines;
    }

    /** The command checked, its trainers members of the school with the trainer role (one read of those ≤ 20). */
    private SessionDetails details(String schoolId, SessionCommand command) {
        SessionDetails details = SessionDetails.validated(command.startOn(), command.endOn(), command.schedule(),
                command.place(), command.distance(), command.capacity(), command.trainers(), command.funders(),
                PlatformCalendar.today(clock));
        if (!details.trainers().isEmpty()) {
            Set<String> trainers = memberships.activeSubjects(Tenant.school(schoolId),
                    Set.of(MembershipRole.TRAINER), details.trainers());
            List<String> unknown = details.trainers().stream().filter(t -> !trainers.contains(t)).toList();
            if (!unknown.isEmpty()) {
                throw BusinessRuleViolation.of("trainerSubjects." + details.trainers().indexOf(unknown.get(0)),
                        ErrorCode.INVALID, "error.catalog.not-a-trainer");
            }
        }
        return details;
    }

    private Session change(Actor actor, String id, String type, Long expectedVersion, UnaryOperator<Session> edit) {
        return new VersionedChange<>(() -> {
            Session session = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
            CatalogAccess.requireWorkSessions(actor, session.schoolId());
            return session;
        }, Session::version, (before, after) -> sessions.update(after, event(actor, type, before, after)))
                .apply(expectedVersion, edit);
    }

    /**
     * The change's event. A capacity increase that seats waiting holders is their promotion (admissions must call
     * them): {@code session.waitlistPromoted} with every promoted key. A cancellation counts, at the change, the
     * people it leaves without a place, so the notice does not depend on what the session holds when it is sent.
     */
    private DomainEvent event(Actor actor, String type, Session before, Session after) {
        List<Seat> promoted = after.promotedSince(before);
        Map<String, String> attributes = promoted.isEmpty() ? CatalogEvents.of(after)
                : CatalogEvents.of(after, CatalogEvents.PROMOTED_HOLDER_KEY,
                promoted.stream().map(Seat::holderKey).collect(Collectors.joining(CatalogEvents.KEY_SEPARATOR)));
        if (type.equals(CatalogEvents.SESSION_CANCELLED)) {
            attributes = CatalogEvents.of(after, CatalogEvents.PEOPLE, String.valueOf(after.contactIds().size()));
        }
        return events.changed(promoted.isEmpty() ? type : CatalogEvents.WAITLIST_PROMOTED,
                actor.initiatorFor(Tenant.school(after.schoolId())), before, after, attributes);
    }
}
