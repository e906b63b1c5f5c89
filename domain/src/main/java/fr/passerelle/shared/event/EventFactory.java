package fr.passerelle.shared.event;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import java.util.Map;

/** Makes the event that accompanies a change, with a fresh id, the time, and the changed fields. */
public final class EventFactory {

    private final IdGenerator ids;
    private final Clock clock;

    public EventFactory(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** The event of a new aggregate (stored at version 0). */
    public <T extends Record & Aggregate> DomainEvent created(String type, Initiator by, T created,
                                                              Map<String, String> attributes) {
        return new DomainEvent(ids.newId(), type, typeName(created), created.id(), 0, by, clock.instant(),
                ChangedFields.setIn(created), attributes);
    }

    /** The event of an update from {@code before} (as read) to {@code after} (about to be stored). */
    public <T extends Record & Aggregate> DomainEvent changed(String type, Initiator by, T before, T after,
                                                              Map<String, String> attributes) {
        return new DomainEvent(ids.newId(), type, typeName(after), after.id(), before.version() + 1, by,
                clock.instant(), ChangedFields.between(before, after), attributes);
    }

    private static String typeName(Aggregate aggregate) {
        return aggregate.getClass().getSimpleName();
    }
}
