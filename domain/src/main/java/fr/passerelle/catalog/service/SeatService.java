package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.in.SeatUseCases;
import fr.passerelle.catalog.port.out.Programmes;
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
import java.util.Optional;
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
    private final Programmes programmes;
    private final ContactReferences contacts;
    private final EventFactory events;
    private final Clock clock;

    public SeatService(Sessions sessions, Programmes programmes, ContactReferences contacts, EventFactory events,
                       Clock clock) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            turns[i] = new ReentrantLock(true);
        }
    }

    @Override
    public Reservation reserve(Actor actor, String sessionId, String holderKey, String contactId,
                               Long expectedVersion) {
        requireKey(holderKey);
        Session stored = load(actor, sessionId);
        Optional<SeatOutcome> had = stored.outcomeOf(holderKey);
        if (had.isPresent()) {
            // Before the version check: a retried request whose first answer was lost gets that answer.
            return new Reservation(had.get(), stored);
        }
        if (contacts.existing(stored.schoolId(), Set.of(contactId)).isEmpty()) {
            throw BusinessRuleViolation.of("contactId", ErrorCode.INVALID, "error.catalog.unknown-contact");
        }
        // An archived (or never published) programme's sessions take nobody, even if they were left open.
        if (!programmes.findById(stored.programmeId()).map(Programme::isPublished).orElse(false)) {
            throw BusinessRuleViolation.of("sessionId", ErrorCode.INVALID_STATE,
                    "error.catalog.programme-not-published");
        }
        Seat seat = new Seat(holderKey, contactId, clock.instant());
        Session saved = change(actor, sessionId, expectedVersion, session -> session.reserved(seat),
                (before, after) -> sessions.update(after, events.changed(
                        after.outcomeOf(holderKey).orElseThrow().kind() == SeatOutcome.Kind.SEATED
                                ? CatalogEvents.SEAT_RESERVED : CatalogEvents.SEAT_WAITLISTED,
                        actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                        CatalogEvents.of(after, CatalogEvents.HOLDER_KEY, holderKey))));
        return new Reservation(saved.outcomeOf(holderKey).orElseThrow(), saved);
    }

    /**
     * One event per write: a release that seats the first waiting holder is recorded as
     * {@code session.waitlistPromoted} only, which implies the release of its {@code holderKey}.
     */
    @Override
    public Release release(Actor actor, String sessionId, String holderKey, Long expectedVersion) {
        requireKey(holderKey);
        Session stored = load(actor, sessionId);
        if (stored.outcomeOf(holderKey).isEmpty()) {
            // Nothing to free, whatever the version: a retried release answers that, not STALE_VERSION.
            return new Release(false, stored);
        }
        Session saved = change(actor, sessionId, expectedVersion,
                session -> session.released(holderKey, clock.instant()),
                (before, after) -> sessions.update(after, after.promotedSince(before).stream().findFirst()
                        .map(promoted -> events.changed(CatalogEvents.WAITLIST_PROMOTED,
                                actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                                CatalogEvents.of(after, CatalogEvents.HOLDER_KEY, holderKey,
                                        CatalogEvents.PROMOTED_HOLDER_KEY, promoted.holderKey())))
                        .orElseGet(() -> events.changed(CatalogEvents.SEAT_RELEASED,
                                actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                                CatalogEvents.of(after, CatalogEvents.HOLDER_KEY, holderKey)))));
        return new Release(saved.outcomeOf(holderKey).isEmpty(), saved);
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

    /** Clients reach a holder key only through {@code contactId} (see {@link Seat#contactHolder}): blamed there. */
    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > Limits.NAME) {
            throw BusinessRuleViolation.of("contactId", ErrorCode.INVALID, "error.catalog.holder-key");
        }
    }
}
