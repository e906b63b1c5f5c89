package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.in.SeatUseCases;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Seats: each reservation or release is one version-checked write of the session's document, so no seat is ever
 * given twice. Inside one instance, the changes of one session queue on a lock (one of {@link #STRIPES}, by the
 * session's id) instead of racing: under a rush (50 requests for 12 seats) each write then succeeds at its first
 * attempt, in arrival order, where optimistic retries alone would cost a number of attempts growing with the square
 * of the rush. Between instances, the version check and {@link VersionedChange}'s paced retries keep it right.
 */
public class SeatService implements SeatUseCases {

    /** Locks per instance: sessions sharing one only wait for each other a few milliseconds. */
    static final int STRIPES = 64;
    /**
     * How long a change waits for its session's turn before it is refused as contention: a few hundred queued writes
     * (a started mutation is never cut by the API's deadline, so a long queue answers late, not wrongly).
     */
    private static final long TURN_SECONDS = 10;

    private final ReentrantLock[] turns = new ReentrantLock[STRIPES];
    private final Sessions sessions;
    private final ContactReferences contacts;
    private final EventFactory events;
    private final Clock clock;

    public SeatService(Sessions sessions, ContactReferences contacts, EventFactory events, Clock clock) {
        this.sessions = sessions;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            turns[i] = new ReentrantLock(true);
        }
    }

    @Override
    public SeatOutcome reserve(Actor actor, String sessionId, String holderKey, String contactId,
                               Long expectedVersion) {
        requireKey("holderKey", holderKey);
        requireKey("contactId", contactId);
        Session stored = load(actor, sessionId);
        if (contacts.existing(stored.schoolId(), Set.of(contactId)).isEmpty()) {
            throw BusinessRuleViolation.of("contactId", ErrorCode.INVALID, "error.catalog.unknown-contact");
        }
        Seat seat = new Seat(holderKey, contactId, clock.instant());
        Session saved = change(actor, sessionId, expectedVersion, session -> session.reserved(seat),
                (before, after) -> sessions.update(after, events.changed(
                        after.outcomeOf(holderKey).orElseThrow().kind() == SeatOutcome.Kind.SEATED
                                ? CatalogEvents.SEAT_RESERVED : CatalogEvents.SEAT_WAITLISTED,
                        actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                        CatalogEvents.of(after, CatalogEvents.HOLDER_KEY, holderKey))));
        return saved.outcomeOf(holderKey).orElseThrow();
    }

    @Override
    public void release(Actor actor, String sessionId, String holderKey, Long expectedVersion) {
        requireKey("holderKey", holderKey);
        change(actor, sessionId, expectedVersion, session -> session.released(holderKey, clock.instant()),
                (before, after) -> sessions.update(after, after.promotedSince(before)
                        .map(promoted -> events.changed(CatalogEvents.WAITLIST_PROMOTED,
                                actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                                CatalogEvents.of(after, CatalogEvents.HOLDER_KEY, holderKey,
                                        CatalogEvents.PROMOTED_HOLDER_KEY, promoted.holderKey())))
                        .orElseGet(() -> events.changed(CatalogEvents.SEAT_RELEASED,
                                actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                                CatalogEvents.of(after, CatalogEvents.HOLDER_KEY, holderKey)))));
    }

    private Session load(Actor actor, String sessionId) {
        Session session = sessions.findById(sessionId).filter(s -> CatalogAccess.mayRead(actor, s.schoolId()))
                .orElseThrow(() -> new NotFoundException(SessionService.TYPE, sessionId));
        CatalogAccess.requireWorkSessions(actor, session.schoolId());
        return session;
    }

    private Session change(Actor actor, String sessionId, Long expectedVersion, UnaryOperator<Session> edit,
                           BinaryOperator<Session> save) {
        ReentrantLock turn = turns[Math.floorMod(sessionId.hashCode(), STRIPES)];
        try {
            if (!turn.tryLock(TURN_SECONDS, TimeUnit.SECONDS)) {
                throw BusinessRuleViolation.of("", ErrorCode.STALE_VERSION, "error.version.contention");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw BusinessRuleViolation.of("", ErrorCode.STALE_VERSION, "error.version.contention");
        }
        try {
            return new VersionedChange<>(() -> load(actor, sessionId), Session::version, save)
                    .apply(expectedVersion, edit);
        } finally {
            turn.unlock();
        }
    }

    private static void requireKey(String path, String key) {
        if (key == null || key.isBlank() || key.length() > Limits.NAME) {
            throw BusinessRuleViolation.of(path, ErrorCode.INVALID, "error.catalog.holder-key");
        }
    }
}
