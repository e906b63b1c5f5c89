package fr.passerelle.catalog.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.catalog.model.FunderReferences;
import fr.passerelle.catalog.model.HalfDay;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.WeeklySlot;
import fr.passerelle.catalog.port.in.ProgrammeUseCases;
import fr.passerelle.catalog.port.in.SeatUseCases;
import fr.passerelle.catalog.port.in.SessionCommand;
import fr.passerelle.catalog.port.in.SessionUseCases;
import fr.passerelle.crm.graphql.ContactView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Sessions and their seats over GraphQL: thin translation to the use cases, which decide who may. */
@Controller
class SessionController implements NodeLoader {

    /** The widest window of dated half-days one read lists (a quarter). */
    static final int MAX_HALF_DAY_WINDOW = 92;
    private static final Set<String> ARGUMENTS = Set.of("id", ExpectedVersion.ARGUMENT);
    private static final Set<String> SEAT_ARGUMENTS = Set.of("sessionId", "contactId", ExpectedVersion.ARGUMENT);

    /** The loader {@code seats} and {@code waitlist} share (the parameters' name): one holders read per request. */
    static final String HOLDERS = "sessionHolders";

    private final SessionUseCases sessions;
    private final SeatUseCases seats;
    private final ProgrammeUseCases programmes;

    SessionController(SessionUseCases sessions, SeatUseCases seats, ProgrammeUseCases programmes,
                      BatchLoaderRegistry registry) {
        this.sessions = sessions;
        this.seats = seats;
        this.programmes = programmes;
        registry.<HoldersKey, SessionUseCases.Holders>forName(HOLDERS)
                .registerMappedBatchLoader((keys, environment) -> Mono.just(holders(keys)));
    }

    /** {@code SessionInput}. */
    record SessionInput(LocalDate startOn, LocalDate endOn, List<SlotInput> schedule, AddressDraft place,
                        boolean distance, Integer capacity, List<String> trainerSubjects,
                        FunderReferences funders) {

        /** The command; times are parsed here so a malformed one is reported on its field. */
        SessionCommand command() {
            var checks = new Checks();
            List<WeeklySlot> slots = new ArrayList<>();
            List<SlotInput> given = schedule == null ? List.of() : schedule;
            for (int i = 0; i < given.size() && i <= 10; i++) {
                SlotInput slot = given.get(i);
                slots.add(new WeeklySlot(slot.day(), slot.half(), time(checks, "schedule." + i + ".start", slot.start()),
                        time(checks, "schedule." + i + ".end", slot.end())));
            }
            checks.throwIfAny();
            return new SessionCommand(startOn, endOn, slots, place, distance, capacity, trainerSubjects, funders);
        }

        private static LocalTime time(Checks checks, String path, String text) {
            try {
                return text == null || text.length() > 8 ? null : LocalTime.parse(text).truncatedTo(ChronoUnit.MINUTES);
            } catch (DateTimeParseException e) {
                checks.add(path, ErrorCode.INVALID, "error.catalog.slot-time-format");
                return null;
            }
        }
    }

    /** {@code WeeklySlotInput}. */
    record SlotInput(DayOfWeek day, HalfDay half, String start, String end) {
    }

    /** {@code SessionCreatePayload} and the others. */
    record SessionPayload(List<UserErrorView> userErrors, SessionView session) {
    }

    /** {@code SessionSeatReservePayload}. */
    record ReservePayload(List<UserErrorView> userErrors, SeatOutcome.Kind reservation, Integer position,
                          SessionView session) {
    }

    /** {@code SessionSeatReleasePayload}. */
    record ReleasePayload(List<UserErrorView> userErrors, Boolean released, SessionView session) {
    }

    /** GraphQL {@code Seat}. */
    record SeatView(String holderKey, String contactId, String name, int position, Instant since) {

        static SeatView of(SessionUseCases.Holder holder) {
            Seat seat = holder.seat();
            return new SeatView(seat.holderKey(), GlobalIds.encode(ContactView.TYPE, seat.contactId()),
                    holder.name(), holder.position(), seat.since());
        }
    }

    @BatchMapping(typeName = SessionView.TYPE, field = "programme")
    Map<SessionView, ProgrammeView> programme(List<SessionView> of, @ContextValue Actor actor) {
        Map<String, ProgrammeView> found = programmes.findAll(actor, of.stream()
                        .map(view -> view.session().programmeId()).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(p -> p.id(), ProgrammeView::of));
        return Batches.byParent(of, view -> view.session().programmeId(), found);
    }

    /** Its seats, through the loader {@code waitlist} shares, so asking for both reads the holders once. */
    @SchemaMapping(typeName = SessionView.TYPE, field = "seats")
    CompletableFuture<List<SeatView>> seats(SessionView session, @ContextValue Actor actor,
                                            DataLoader<HoldersKey, SessionUseCases.Holders> sessionHolders) {
        return part(session, actor, sessionHolders, SessionUseCases.Holders::seats);
    }

    @SchemaMapping(typeName = SessionView.TYPE, field = "waitlist")
    CompletableFuture<List<SeatView>> waitlist(SessionView session, @ContextValue Actor actor,
                                               DataLoader<HoldersKey, SessionUseCases.Holders> sessionHolders) {
        return part(session, actor, sessionHolders, SessionUseCases.Holders::waitlist);
    }

    /** A session whose holders are wanted, by whom (what they see is the actor's). */
    record HoldersKey(Session session, Actor actor) {
    }

    private static CompletableFuture<List<SeatView>> part(
            SessionView session, Actor actor, DataLoader<HoldersKey, SessionUseCases.Holders> loader,
            Function<SessionUseCases.Holders, List<SessionUseCases.Holder>> part) {
        return loader.load(new HoldersKey(session.session(), actor))
                .thenApply(holders -> part.apply(holders).stream().map(SeatView::of).toList());
    }

    private Map<HoldersKey, SessionUseCases.Holders> holders(Set<HoldersKey> keys) {
        Map<HoldersKey, SessionUseCases.Holders> found = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(HoldersKey::actor)).forEach((actor, ofActor) -> {
            Map<String, SessionUseCases.Holders> byId = sessions.holders(actor, ofActor.stream()
                    .map(HoldersKey::session).toList());
            ofActor.forEach(key -> found.put(key, byId.getOrDefault(key.session().id(),
                    SessionUseCases.Holders.HIDDEN)));
        });
        return found;
    }

    @SchemaMapping(typeName = SessionView.TYPE, field = "halfDays")
    List<SessionView.SlotView> halfDays(SessionView session, @Argument LocalDate from, @Argument LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_HALF_DAY_WINDOW) {
            throw new InvalidArgumentException("from and to must be at most " + MAX_HALF_DAY_WINDOW
                    + " days apart, to not before from");
        }
        return session.session().datedSlots(from, to).stream().map(slot -> new SessionView.SlotView(null,
                slot.date(), slot.half(), slot.start().toString(), slot.end().toString())).toList();
    }

    @MutationMapping
    SessionPayload sessionCreate(@Argument String programmeId, @Argument SessionInput input,
                                 @ContextValue Actor actor) {
        String programme = GlobalIds.localId(programmeId, ProgrammeView.TYPE);
        return run(Set.of("programmeId"), () -> sessions.create(actor, programme, input.command()));
    }

    @MutationMapping
    SessionPayload sessionUpdate(@Argument String id, @Argument SessionInput input, @Argument Long expectedVersion,
                                 @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, SessionView.TYPE);
        return run(ARGUMENTS, () -> sessions.update(actor, local, input.command(), expectedVersion));
    }

    @MutationMapping
    SessionPayload sessionOpen(@Argument String id, @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, SessionView.TYPE);
        return run(ARGUMENTS, () -> sessions.open(actor, local, expectedVersion));
    }

    @MutationMapping
    SessionPayload sessionStart(@Argument String id, @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, SessionView.TYPE);
        return run(ARGUMENTS, () -> sessions.start(actor, local, expectedVersion));
    }

    @MutationMapping
    SessionPayload sessionClose(@Argument String id, @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, SessionView.TYPE);
        return run(ARGUMENTS, () -> sessions.close(actor, local, expectedVersion));
    }

    @MutationMapping
    SessionPayload sessionCancel(@Argument String id, @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, SessionView.TYPE);
        return run(ARGUMENTS, () -> sessions.cancel(actor, local, expectedVersion));
    }

    /** Admissions reserve under the contact's own holder key, so reserving twice answers the same seat. */
    @MutationMapping
    ReservePayload sessionSeatReserve(@Argument String sessionId, @Argument String contactId,
                                      @Argument Long expectedVersion, @ContextValue Actor actor) {
        String session = GlobalIds.localId(sessionId, SessionView.TYPE);
        String contact = GlobalIds.localId(contactId, ContactView.TYPE);
        return Mutations.run(null, SEAT_ARGUMENTS, () -> seats.reserve(actor, session, Seat.contactHolder(contact),
                contact, expectedVersion), (errors, got) -> got == null ? new ReservePayload(errors, null, null, null)
                : new ReservePayload(errors, got.outcome().kind(), got.outcome().position(),
                SessionView.of(got.session())));
    }

    @MutationMapping
    ReleasePayload sessionSeatRelease(@Argument String sessionId, @Argument String contactId,
                                      @Argument Long expectedVersion, @ContextValue Actor actor) {
        String session = GlobalIds.localId(sessionId, SessionView.TYPE);
        String contact = GlobalIds.localId(contactId, ContactView.TYPE);
        return Mutations.run(null, SEAT_ARGUMENTS, () -> seats.release(actor, session, Seat.contactHolder(contact),
                expectedVersion), (errors, done) -> done == null ? new ReleasePayload(errors, null, null)
                : new ReleasePayload(errors, done.released(), SessionView.of(done.session())));
    }

    @Override
    public String type() {
        return SessionView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(sessions.findAll(actor, localIds), SessionView::of);
    }

    private SessionPayload run(Set<String> arguments, Supplier<Session> useCase) {
        return Mutations.run("input", arguments, useCase, (errors, session) -> new SessionPayload(errors,
                session == null ? null : SessionView.of(session)));
    }
}
