package fr.passerelle.catalog.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The types of the catalogue's events. Attributes: {@code schoolId} (routes them to the school's webhooks),
 * {@code programmeId}, and for sessions {@code sessionId}; seat events add the {@code holderKey} concerned (an id:
 * {@code contact:…} or an enrollment's key), never a name.
 */
public final class CatalogEvents {

    public static final String PROGRAMME_CREATED = "programme.created";
    public static final String PROGRAMME_UPDATED = "programme.updated";
    public static final String PROGRAMME_PUBLISHED = "programme.published";
    public static final String PROGRAMME_ARCHIVED = "programme.archived";
    public static final String SESSION_CREATED = "session.created";
    public static final String SESSION_UPDATED = "session.updated";
    public static final String SESSION_OPENED = "session.opened";
    public static final String SESSION_STARTED = "session.started";
    public static final String SESSION_CLOSED = "session.closed";
    public static final String SESSION_CANCELLED = "session.cancelled";
    public static final String SEAT_RESERVED = "session.seatReserved";
    public static final String SEAT_WAITLISTED = "session.seatWaitlisted";
    public static final String SEAT_RELEASED = "session.seatReleased";
    public static final String WAITLIST_PROMOTED = "session.waitlistPromoted";
    /** Seats or waiting places now name another contact (a contact merge or its undoing): places and order stay. */
    public static final String SEATS_MOVED = "session.seatsMoved";

    public static final String SCHOOL_ID = "schoolId";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String SESSION_ID = "sessionId";
    public static final String HOLDER_KEY = "holderKey";
    /**
     * On {@code session.waitlistPromoted}: the promoted holder's key, or on a capacity increase every promoted key,
     * joined by {@link #KEY_SEPARATOR}. A release that promotes is recorded as this event only (one event per write):
     * it implies the release of its {@code holderKey}.
     */
    public static final String PROMOTED_HOLDER_KEY = "promotedHolderKey";
    public static final String KEY_SEPARATOR = " ";
    /** On {@code session.cancelled}: how many people held a seat or waiting place when it was cancelled. */
    public static final String PEOPLE = "people";

    private CatalogEvents() {
    }

    public static Map<String, String> of(Programme programme) {
        return Map.of(SCHOOL_ID, programme.schoolId(), PROGRAMME_ID, programme.id());
    }

    public static Map<String, String> of(Session session) {
        return Map.of(SCHOOL_ID, session.schoolId(), PROGRAMME_ID, session.programmeId(), SESSION_ID, session.id());
    }

    /** A session's attributes plus {@code name=value} pairs (ids only). */
    public static Map<String, String> of(Session session, String... pairs) {
        Map<String, String> attributes = new HashMap<>(of(session));
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1]);
        }
        return attributes;
    }
}
