package fr.passerelle.catalog.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.catalog.model.FunderReferences;
import fr.passerelle.catalog.model.HalfDay;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionState;
import fr.passerelle.shared.model.Address;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GraphQL {@code Session}; {@code programme}, {@code seats}, {@code waitlist} and {@code halfDays} are resolved on
 * read. {@code status} folds the derived "full" into the state.
 */
public record SessionView(String id, LocalDate startOn, LocalDate endOn, List<SlotView> schedule, Address place,
                          boolean distance, int capacity, int seatsTaken, int seatsLeft, int waitlistLength,
                          String status, List<String> trainerSubjects, FunderReferences funders, Instant createdAt,
                          Instant updatedAt, long version, Session session) {

    public static final String TYPE = "Session";

    /** GraphQL {@code WeeklySlot} and {@code HalfDaySlot}: times as {@code HH:mm}. */
    public record SlotView(DayOfWeek day, LocalDate date, HalfDay half, String start, String end) {
    }

    public static SessionView of(Session session) {
        var d = session.details();
        String status = session.state() == SessionState.OPEN && session.isFull() ? "FULL" : session.state().name();
        return new SessionView(GlobalIds.encode(TYPE, session.id()), d.dates().start(), d.dates().end(),
                d.schedule().stream().map(slot -> new SlotView(slot.day(), null, slot.half(), slot.start().toString(),
                        slot.end().toString())).toList(), d.place(), d.distance(), d.capacity(),
                session.seats().size(), session.seatsLeft(), session.waitlist().size(), status, d.trainers(),
                d.funders(), session.createdAt(), session.updatedAt(), session.version(), session);
    }

    public String localId() {
        return session.id();
    }

    /** The session as shown to someone outside the school's staff (a learner): no trainers, no funders' references. */
    public SessionView withoutStaffReferences() {
        return new SessionView(id, startOn, endOn, schedule, place, distance, capacity, seatsTaken, seatsLeft,
                waitlistLength, status, List.of(), FunderReferences.NONE, createdAt, updatedAt, version, session);
    }
}
