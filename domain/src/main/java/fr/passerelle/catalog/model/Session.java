package fr.passerelle.catalog.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.WorkingDays;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A dated run of a programme, with its seats and waiting list in the same document: a reservation is one atomic,
 * version-checked write of this aggregate, so no two requests can take the last seat.
 *
 * <p>Seats are held in reservation order, the waiting list in arrival order (position 1 first). Releasing a seat
 * gives it to the first waiting holder at once.
 */
public record Session(String id, String schoolId, String programmeId, SessionDetails details, SessionState state,
                      List<Seat> seats, List<Seat> waitlist, String createdBy, Instant createdAt, Instant updatedAt,
                      long version) implements Aggregate {

    /** The longest waiting list: past it, nobody can seriously expect a seat. */
    public static final int MAX_WAITLIST = 200;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(state, "state");
        seats = seats == null ? List.of() : List.copyOf(seats);
        waitlist = waitlist == null ? List.of() : List.copyOf(waitlist);
    }

    public static Session plan(String id, String schoolId, String programmeId, SessionDetails details,
                               String createdBy, Instant now) {
        return new Session(id, schoolId, programmeId, details, SessionState.PLANNED, List.of(), List.of(), createdBy,
                now, now, 0);
    }

    public boolean isFull() {
        return seats.size() >= details.capacity();
    }

    public int seatsLeft() {
        return Math.max(0, details.capacity() - seats.size());
    }

    /** The holder's seat or waiting place, if any. */
    public Optional<SeatOutcome> outcomeOf(String holderKey) {
        for (int i = 0; i < seats.size(); i++) {
            if (seats.get(i).holderKey().equals(holderKey)) {
                return Optional.of(new SeatOutcome(SeatOutcome.Kind.SEATED, i + 1, seats.get(i)));
            }
        }
        for (int i = 0; i < waitlist.size(); i++) {
            if (waitlist.get(i).holderKey().equals(holderKey)) {
                return Optional.of(new SeatOutcome(SeatOutcome.Kind.WAITLISTED, i + 1, waitlist.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * A seat for the holder if one is left, else the end of the waiting list. Asking again answers what the holder
     * has: the same session, unchanged.
     */
    public Session reserved(Seat seat) {
        if (outcomeOf(seat.holderKey()).isPresent()) {
            return this;
        }
        if (state != SessionState.OPEN) {
            throw BusinessRuleViolation.of("sessionId", ErrorCode.INVALID_STATE, "error.catalog.session-not-open");
        }
        if (!isFull()) {
            return withSeats(append(seats, seat), waitlist, seat.since());
        }
        if (waitlist.size() >= MAX_WAITLIST) {
            throw BusinessRuleViolation.of("sessionId", ErrorCode.OUT_OF_RANGE, "error.catalog.waitlist-full",
                    MAX_WAITLIST);
        }
        return withSeats(seats, append(waitlist, seat), seat.since());
    }

    /**
     * Frees the holder's seat (the first waiting holder takes it) or waiting place. A holder with neither leaves the
     * session unchanged: releasing twice is harmless.
     */
    public Session released(String holderKey, Instant now) {
        if (state == SessionState.CLOSED || state == SessionState.CANCELLED) {
            throw BusinessRuleViolation.of("sessionId", ErrorCode.INVALID_STATE, "error.catalog.session-over");
        }
        List<Seat> keptSeats = seats.stream().filter(s -> !s.holderKey().equals(holderKey)).toList();
        List<Seat> keptWaiting = waitlist.stream().filter(s -> !s.holderKey().equals(holderKey)).toList();
        if (keptSeats.size() == seats.size() && keptWaiting.size() == waitlist.size()) {
            return this;
        }
        if (keptSeats.size() < seats.size() && !keptWaiting.isEmpty() && keptSeats.size() < details.capacity()) {
            Seat promoted = keptWaiting.get(0);
            return withSeats(append(keptSeats, new Seat(promoted.holderKey(), promoted.contactId(), now)),
                    keptWaiting.subList(1, keptWaiting.size()), now);
        }
        return withSeats(keptSeats, keptWaiting, now);
    }

    /** Every holder who took a seat between {@code before} and this version, having waited for it, in seat order. */
    public List<Seat> promotedSince(Session before) {
        return seats.stream().filter(seat -> before.waitlist.stream()
                .anyMatch(waiting -> waiting.holderKey().equals(seat.holderKey()))).toList();
    }

    /**
     * New details. The capacity may not fall below the seats held (release some first); a larger one seats the
     * waiting holders it makes room for, in order.
     */
    public Session edited(SessionDetails newDetails, Instant now) {
        requireState("", SessionState.PLANNED, SessionState.OPEN, SessionState.RUNNING);
        if (newDetails.capacity() < seats.size()) {
            throw BusinessRuleViolation.of("capacity", ErrorCode.OUT_OF_RANGE, "error.catalog.capacity-below-seats",
                    seats.size());
        }
        List<Seat> seated = new ArrayList<>(seats);
        List<Seat> waiting = new ArrayList<>(waitlist);
        while (seated.size() < newDetails.capacity() && !waiting.isEmpty()) {
            Seat next = waiting.remove(0);
            seated.add(new Seat(next.holderKey(), next.contactId(), now));
        }
        return new Session(id, schoolId, programmeId, newDetails, state, seated, waiting, createdBy, createdAt, now,
                version);
    }

    public Session opened(Instant now) {
        if (state == SessionState.OPEN) {
            return this;
        }
        requireState("", SessionState.PLANNED);
        return moved(SessionState.OPEN, now);
    }

    public Session started(Instant now) {
        requireState("", SessionState.PLANNED, SessionState.OPEN);
        return moved(SessionState.RUNNING, now);
    }

    public Session closed(Instant now) {
        requireState("", SessionState.RUNNING);
        return moved(SessionState.CLOSED, now);
    }

    public Session cancelled(Instant now) {
        if (state == SessionState.CANCELLED) {
            return this;
        }
        requireState("", SessionState.PLANNED, SessionState.OPEN, SessionState.RUNNING);
        return moved(SessionState.CANCELLED, now);
    }

    /**
     * The half-days the session meets between two days (both included), within its own dates: each weekly slot on
     * each date, in date order, skipping public holidays (the platform's French calendar).
     */
    public List<DatedSlot> datedSlots(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(details.dates().start()) ? from : details.dates().start();
        LocalDate last = to.isBefore(details.dates().end()) ? to : details.dates().end();
        return datedSlots(first, last, details.schedule());
    }

    static List<DatedSlot> datedSlots(LocalDate first, LocalDate last, List<WeeklySlot> schedule) {
        List<WeeklySlot> ordered = schedule.stream()
                .sorted(Comparator.comparing(WeeklySlot::half)).toList();
        List<DatedSlot> slots = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!WorkingDays.isWorkingDay(day)) {
                continue;
            }
            LocalDate date = day;
            ordered.stream().filter(slot -> slot.day() == date.getDayOfWeek())
                    .forEach(slot -> slots.add(new DatedSlot(date, slot.half(), slot.start(), slot.end())));
        }
        return slots;
    }

    /** Every contact the session holds a seat or waiting place for. */
    public List<String> contactIds() {
        return Stream.concat(seats.stream(), waitlist.stream()).map(Seat::contactId).distinct().toList();
    }

    private void requireState(String path, SessionState... allowed) {
        if (!List.of(allowed).contains(state)) {
            throw BusinessRuleViolation.of(path, ErrorCode.INVALID_STATE, "error.catalog.session-state", state);
        }
    }

    private Session moved(SessionState to, Instant now) {
        return new Session(id, schoolId, programmeId, details, to, seats, waitlist, createdBy, createdAt, now,
                version);
    }

    /**
     * The same seats and waiting places, each now for the contact {@code contactOf} names (a contact merge moved the
     * person): order, holder keys and times stay, so nobody gains or loses a place. Itself when no contact changes, in
     * whatever state the session is (a closed session's attendees follow merges too).
     */
    public Session withSeatContacts(Function<Seat, String> contactOf, Instant now) {
        UnaryOperator<Seat> moved = seat -> {
            String contact = contactOf.apply(seat);
            return contact.equals(seat.contactId()) ? seat : new Seat(seat.holderKey(), contact, seat.since());
        };
        List<Seat> newSeats = seats.stream().map(moved).toList();
        List<Seat> newWaitlist = waitlist.stream().map(moved).toList();
        return newSeats.equals(seats) && newWaitlist.equals(waitlist) ? this : withSeats(newSeats, newWaitlist, now);
    }

    private Session withSeats(List<Seat> newSeats, List<Seat> newWaitlist, Instant now) {
        return new Session(id, schoolId, programmeId, details, state, newSeats, newWaitlist, createdBy, createdAt,
                now, version);
    }

    private static List<Seat> append(List<Seat> seats, Seat seat) {
        List<Seat> more = new ArrayList<>(seats);
        more.add(seat);
        return more;
    }
}
