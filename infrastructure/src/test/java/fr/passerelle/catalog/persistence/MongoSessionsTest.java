package fr.passerelle.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.catalog.model.FunderReferences;
import fr.passerelle.catalog.model.HalfDay;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.OpenSession;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionDetails;
import fr.passerelle.catalog.model.WeeklySlot;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.catalog.service.SeatService;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.testing.TestDatabase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The session adapter on the embedded store: a session's seats and waiting list round-trip, pages by start date (one
 * programme's, or the first pages of several in one read), and 50 threads reserving at once through the seat use case fill exactly its 12 seats and wait-list the 38 others in one
 * stable order, each version written once.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoSessionsTest {

    private static final String SCHOOL = "school-a";
    /** Every contact exists in the school: the seat rules are what is tested here, not the CRM. */
    private static final ContactReferences ANY_CONTACT = new ContactReferences() {
        @Override
        public Set<String> existing(String schoolId, Collection<String> contactIds) {
            return new HashSet<>(contactIds);
        }

        @Override
        public Map<String, String> displayNames(String schoolId, Collection<String> contactIds) {
            return Map.of();
        }
    };

    @Autowired
    private Sessions sessions;

    @Autowired
    private Programmes programmes;

    @Autowired
    private EventFactory events;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void empty() {
        TestDatabase.clear(mongo);
        programmes.insert(new Programme("programme-1", SCHOOL, new ProgrammeDetails("Mécanique", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null), ProgrammeState.PUBLISHED, null,
                "admin", Fixtures.T0, Fixtures.T0, Fixtures.T0, 0), Fixtures.event());
    }

    private Session open(String id, LocalDate start, int capacity) {
        return open(id, "programme-1", start, capacity);
    }

    private Session open(String id, String programmeId, LocalDate start, int capacity) {
        SessionDetails details = new SessionDetails(new DateRange(start, start.plusMonths(2)),
                List.of(new WeeklySlot(DayOfWeek.MONDAY, HalfDay.MORNING, LocalTime.of(9, 0), LocalTime.of(12, 30))),
                null, true, capacity, List.of("trainer-1"), new FunderReferences("ACT-1", "SES-1", null));
        return sessions.insert(Session.plan(id, SCHOOL, programmeId, details, "admin", Fixtures.T0)
                .opened(Fixtures.T0), Fixtures.event());
    }

    private static Actor admissions() {
        Membership membership = new Membership("m1", Tenant.school(SCHOOL), MembershipRole.ADMISSIONS,
                new EmailAddress("adm@school.example"), "adm", MembershipStatus.ACTIVE, null, Fixtures.T0,
                Fixtures.T0, 0);
        return new Actor("adm", "Adm", null, Set.of(), List.of(membership));
    }

    @Test
    void a_session_round_trips_with_its_schedule_seats_and_references_and_pages_by_start_date() {
        Session first = open("s1", LocalDate.of(2026, 9, 7), 12);
        open("s0", LocalDate.of(2026, 6, 1), 12);
        Session seated = sessions.update(first.reserved(new Seat("contact:c1", "c1", Fixtures.T0)),
                Fixtures.event());

        Session read = sessions.findById("s1").orElseThrow();
        assertThat(read).isEqualTo(seated);
        assertThat(read.details().schedule().get(0).start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(read.details().funders().trainingAccountActionId()).isEqualTo("ACT-1");
        assertThat(sessions.page("programme-1", Paging.first(10, null)).items()).extracting(Session::id)
                .containsExactly("s0", "s1");
    }

    @Test
    void each_programme_gets_its_own_first_open_sessions_however_many_another_has() {
        for (int i = 0; i < 5; i++) {
            open("p1-" + i, "programme-1", LocalDate.of(2026, 6, 1 + i), 12);
        }
        open("p2-late", "programme-2", LocalDate.of(2026, 12, 7), 12);
        Session planned = open("p2-planned", "programme-2", LocalDate.of(2026, 6, 1), 12);
        sessions.update(planned.cancelled(Fixtures.T0), Fixtures.event());

        var open = sessions.openByProgramme(List.of("programme-1", "programme-2", "programme-3"), 2);

        assertThat(open).containsOnlyKeys("programme-1", "programme-2");
        assertThat(open.get("programme-1")).extracting(OpenSession::id).containsExactly("p1-0", "p1-1");
        assertThat(open.get("programme-2")).extracting(OpenSession::id).containsExactly("p2-late");
    }

    @Test
    void open_sessions_are_read_as_their_details_and_a_count_of_seats_taken_never_the_holders() {
        Session session = open("p1-a", "programme-1", LocalDate.of(2026, 6, 1), 2);
        Session full = session.reserved(new Seat("contact:c1", "c1", Fixtures.T0))
                .reserved(new Seat("contact:c2", "c2", Fixtures.T0))
                .reserved(new Seat("contact:c3", "c3", Fixtures.T0));
        sessions.update(full, Fixtures.event());
        open("p1-b", "programme-1", LocalDate.of(2026, 7, 1), 12);

        List<OpenSession> open = sessions.openByProgramme(List.of("programme-1"), 5).get("programme-1");

        assertThat(open).extracting(OpenSession::id, OpenSession::seatsTaken, OpenSession::seatsLeft)
                .containsExactly(tuple("p1-a", 2, 0),
                        tuple("p1-b", 0, 12));
        assertThat(open.get(0).details()).isEqualTo(full.details());
    }

    @Test
    void the_sessions_where_a_contact_holds_a_seat_or_waits_are_found_in_their_school_only() {
        Session seated = open("s-seated", LocalDate.of(2026, 6, 1), 1);
        sessions.update(seated.reserved(new Seat("contact:c1", "c1", Fixtures.T0)), Fixtures.event());
        Session waiting = open("s-waiting", LocalDate.of(2026, 6, 8), 1);
        sessions.update(waiting.reserved(new Seat("contact:c2", "c2", Fixtures.T0))
                .reserved(new Seat("enrollment:e1", "c1", Fixtures.T0)), Fixtures.event());
        open("s-none", LocalDate.of(2026, 6, 15), 1);

        assertThat(sessions.findHolding(SCHOOL, "c1", 10)).extracting(Session::id)
                .containsExactlyInAnyOrder("s-seated", "s-waiting");
        assertThat(sessions.findHolding(SCHOOL, "c1", 1)).hasSize(1);
        assertThat(sessions.findHolding("school-other", "c1", 10)).isEmpty();
    }

    @Test
    void the_first_pages_of_several_programmes_come_by_start_date_each_cut_to_its_size_with_a_next_page_flag() {
        open("p1-late", "programme-1", LocalDate.of(2026, 11, 2), 12);
        open("p1-b", "programme-1", LocalDate.of(2026, 6, 1), 12);
        open("p1-a", "programme-1", LocalDate.of(2026, 6, 1), 12);
        open("p2-only", "programme-2", LocalDate.of(2026, 9, 7), 12);
        open("elsewhere", "programme-4", LocalDate.of(2026, 1, 5), 12);

        var pages = sessions.firstPagesByProgramme(List.of("programme-1", "programme-2", "programme-3"), 2);

        assertThat(pages).containsOnlyKeys("programme-1", "programme-2", "programme-3");
        // Same start date: the id decides, as in a page read alone; one more than the size says a page follows.
        var first = pages.get("programme-1");
        assertThat(first.items()).extracting(Session::id).containsExactly("p1-a", "p1-b");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.hasPreviousPage()).isFalse();
        assertThat(first).isEqualTo(sessions.page("programme-1", Paging.first(2, null)));
        // Its last cursor carries on where a page read alone would.
        assertThat(sessions.page("programme-1", Paging.first(2, first.keys().get(1))).items())
                .extracting(Session::id).containsExactly("p1-late");
        assertThat(pages.get("programme-2").items()).extracting(Session::id).containsExactly("p2-only");
        assertThat(pages.get("programme-2").hasNextPage()).isFalse();
        assertThat(pages.get("programme-3").items()).isEmpty();
        assertThat(sessions.firstPagesByProgramme(List.of(), 2)).isEmpty();
    }

    @Test
    void fifty_simultaneous_reservations_fill_exactly_twelve_seats_and_wait_list_thirty_eight_in_order()
            throws Exception {
        open("s1", LocalDate.of(2026, 9, 7), 12);
        SeatService seats = new SeatService(sessions, programmes, ANY_CONTACT, events, Clock.systemUTC());
        Actor actor = admissions();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<SeatOutcome>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String contact = "c" + i;
                Callable<SeatOutcome> reserve = () -> {
                    start.await();
                    return seats.reserve(actor, "s1", Seat.contactHolder(contact), contact, null).outcome();
                };
                answers.add(pool.submit(reserve));
            }
            start.countDown();
            List<SeatOutcome> outcomes = new ArrayList<>();
            for (Future<SeatOutcome> answer : answers) {
                outcomes.add(answer.get());
            }

            Session stored = sessions.findById("s1").orElseThrow();
            assertThat(stored.seats()).hasSize(12);
            assertThat(stored.waitlist()).hasSize(38);
            assertThat(stored.version()).isEqualTo(50);
            assertThat(outcomes.stream().filter(o -> o.kind() == SeatOutcome.Kind.SEATED)).hasSize(12);
            // Each answer's position is its place in the stored list: the order is the one the writes landed in.
            Map<String, Integer> positions = outcomes.stream().filter(o -> o.kind() == SeatOutcome.Kind.WAITLISTED)
                    .collect(Collectors.toMap(o -> o.seat().holderKey(), SeatOutcome::position));
            assertThat(positions.values()).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 38).boxed().toList());
            for (int i = 0; i < stored.waitlist().size(); i++) {
                assertThat(positions.get(stored.waitlist().get(i).holderKey())).isEqualTo(i + 1);
            }
            // Asking again answers the same place.
            Seat last = stored.waitlist().get(37);
            assertThat(seats.reserve(actor, "s1", last.holderKey(), last.contactId(), null).outcome().position())
                    .isEqualTo(38);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void releasing_a_seat_promotes_the_first_waiting_holder_in_one_write() {
        open("s1", LocalDate.of(2026, 9, 7), 1);
        SeatService seats = new SeatService(sessions, programmes, ANY_CONTACT, events, Clock.systemUTC());
        seats.reserve(admissions(), "s1", "contact:c1", "c1", null);
        seats.reserve(admissions(), "s1", "contact:c2", "c2", null);

        seats.release(admissions(), "s1", "contact:c1", null);

        Session stored = sessions.findById("s1").orElseThrow();
        assertThat(stored.seats()).extracting(Seat::holderKey).containsExactly("contact:c2");
        assertThat(stored.waitlist()).isEmpty();
    }

    @Test
    void two_instances_sharing_the_store_seat_twelve_and_waitlist_thirty_eight_through_the_version_check()
            throws Exception {
        open("s1", LocalDate.of(2026, 9, 7), 12);
        // Two instances, two sets of locks: only MongoSessions' version check keeps them from giving a seat twice.
        List<SeatService> instances = List.of(
                new SeatService(sessions, programmes, ANY_CONTACT, events, Clock.systemUTC()),
                new SeatService(sessions, programmes, ANY_CONTACT, events, Clock.systemUTC()));
        Actor actor = admissions();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<SeatOutcome>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String contact = "c" + i;
                SeatService instance = instances.get(i % 2);
                answers.add(pool.submit(() -> {
                    start.await();
                    return instance.reserve(actor, "s1", Seat.contactHolder(contact), contact, null).outcome();
                }));
            }
            start.countDown();
            for (Future<SeatOutcome> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Session stored = sessions.findById("s1").orElseThrow();
        assertThat(stored.seats()).hasSize(12);
        assertThat(stored.waitlist()).hasSize(38);
        assertThat(stored.version()).isEqualTo(50);
        List<String> holders = java.util.stream.Stream.concat(stored.seats().stream(), stored.waitlist().stream())
                .map(Seat::holderKey).toList();
        assertThat(holders).doesNotHaveDuplicates().hasSize(50);
    }

    @Test
    void a_retried_reservation_or_release_answers_what_exists_despite_its_outdated_expected_version() {
        open("s1", LocalDate.of(2026, 9, 7), 1);
        SeatService seats = new SeatService(sessions, programmes, ANY_CONTACT, events, Clock.systemUTC());

        var first = seats.reserve(admissions(), "s1", "contact:c1", "c1", 0L);
        var retried = seats.reserve(admissions(), "s1", "contact:c1", "c1", 0L);
        assertThat(retried.outcome()).isEqualTo(first.outcome());
        assertThat(retried.session().version()).isEqualTo(1);

        var released = seats.release(admissions(), "s1", "contact:c1", 1L);
        var again = seats.release(admissions(), "s1", "contact:c1", 1L);
        assertThat(released.released()).isTrue();
        assertThat(released.session().version()).isEqualTo(2);
        assertThat(again.released()).isFalse();
        assertThat(again.session().version()).isEqualTo(2);
    }

    @Test
    void an_archived_programme_s_open_session_takes_nobody() {
        open("s1", LocalDate.of(2026, 9, 7), 12);
        Programme programme = programmes.findById("programme-1").orElseThrow();
        programmes.update(programme.archived(Fixtures.T0), Fixtures.event());
        SeatService seats = new SeatService(sessions, programmes, ANY_CONTACT, events, Clock.systemUTC());

        BusinessRuleViolation refused = catchThrowableOfType(BusinessRuleViolation.class,
                () -> seats.reserve(admissions(), "s1", "contact:c1", "c1", null));
        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).containsExactly("sessionId");
            assertThat(violation.code()).isEqualTo(ErrorCode.INVALID_STATE);
        });
        assertThat(sessions.findById("s1").orElseThrow().seats()).isEmpty();
    }

    @Test
    void a_contact_id_too_long_for_its_holder_key_is_reported_on_contact_id() {
        open("s1", LocalDate.of(2026, 9, 7), 12);
        SeatService seats = new SeatService(sessions, programmes, ANY_CONTACT, events, Clock.systemUTC());
        String contact = "c".repeat(fr.passerelle.shared.validation.Limits.NAME - 2);

        BusinessRuleViolation refused = catchThrowableOfType(BusinessRuleViolation.class,
                () -> seats.reserve(admissions(), "s1", Seat.contactHolder(contact), contact, null));
        assertThat(refused.violations()).singleElement()
                .satisfies(violation -> assertThat(violation.field()).containsExactly("contactId"));
    }
}
