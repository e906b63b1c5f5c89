package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.CatalogSamples;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.service.SeatMergeFollower;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemorySessions;
import fr.passerelle.testing.MergeStates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Enrollments, seats and waiting places follow contact merges there and back, whatever the order of the events. */
class EnrollmentMergeFollowerTest {

    private static final String SCHOOL = EnrollmentJourneyTest.SCHOOL;
    private static final Instant MERGED_AT = Fixtures.NOW.minusSeconds(60);

    private final MergeStates states = new MergeStates();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemorySessions sessions = new InMemorySessions();
    private final EnrollmentMergeFollower follower = new EnrollmentMergeFollower(enrollments, enrollments,
            states.contacts(), Fixtures.events(), Fixtures.CLOCK);
    private final SeatMergeFollower seats = new SeatMergeFollower(sessions, states.contacts(), enrollments,
            Fixtures.events(), Fixtures.CLOCK);

    private static DomainEvent contactEvent(String type, String survivor, String merged) {
        return new DomainEvent("event-" + type + "-" + merged, type, "Contact", survivor, 3, Initiator.system(),
                Fixtures.NOW, List.of(), Map.of(ContactEvents.SCHOOL_ID, SCHOOL, ContactEvents.CONTACT_ID, survivor,
                ContactEvents.MERGED_CONTACT_ID, merged));
    }

    private String contactOf(String enrollmentId) {
        return enrollments.findById(enrollmentId).orElseThrow().contactId();
    }

    @Test
    void theMergedContactsEnrollmentsMoveToTheSurvivorAndBackOnUndoTheSurvivorsOwnStay() {
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-a", "contact-2"));
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-own", "contact-1"));
        states.active(SCHOOL, "contact-1").merged(SCHOOL, "contact-2", "contact-1", MERGED_AT);
        DomainEvent merged = contactEvent(ContactEvents.MERGED, "contact-1", "contact-2");

        follower.on(merged);
        follower.on(merged);

        assertThat(contactOf("enrollment-a")).isEqualTo("contact-1");
        Enrollment moved = enrollments.findById("enrollment-a").orElseThrow();
        assertThat(moved.state()).isEqualTo(EnrollmentState.CONFIRMED);
        assertThat(moved.history()).singleElement().satisfies(step ->
                assertThat(step.reason()).isEqualTo(Enrollment.CONTACT_MERGED + "contact-2"));
        assertThat(enrollments.eventTypes()).containsExactly(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED);

        states.active(SCHOOL, "contact-2");
        DomainEvent undone = contactEvent(ContactEvents.UNMERGED, "contact-1", "contact-2");
        follower.on(undone);
        follower.on(merged); // a late redelivery of the merge moves nothing any more

        assertThat(contactOf("enrollment-a")).isEqualTo("contact-2");
        assertThat(contactOf("enrollment-own")).isEqualTo("contact-1");
        assertThat(enrollments.eventTypes()).hasSize(2);
    }

    @Test
    void afterChainedMergesEachUndoTakesTheEnrollmentOneStepBack() {
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-a", "contact-a"));
        states.merged(SCHOOL, "contact-a", "contact-b", MERGED_AT).merged(SCHOOL, "contact-b", "contact-c", MERGED_AT)
                .active(SCHOOL, "contact-c");
        follower.on(contactEvent(ContactEvents.MERGED, "contact-b", "contact-a"));
        follower.on(contactEvent(ContactEvents.MERGED, "contact-c", "contact-b"));
        assertThat(contactOf("enrollment-a")).isEqualTo("contact-c");

        states.active(SCHOOL, "contact-b");
        follower.on(contactEvent(ContactEvents.UNMERGED, "contact-c", "contact-b"));
        assertThat(contactOf("enrollment-a")).isEqualTo("contact-b");

        states.active(SCHOOL, "contact-a");
        follower.on(contactEvent(ContactEvents.UNMERGED, "contact-b", "contact-a"));
        assertThat(contactOf("enrollment-a")).isEqualTo("contact-a");
    }

    @Test
    void anUndoDeliveredBeforeTheRestoreIsVisibleIsRetried() {
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-a", "contact-1"));
        states.active(SCHOOL, "contact-1").merged(SCHOOL, "contact-2", "contact-1", Fixtures.NOW.minusSeconds(1));

        assertThatThrownBy(() -> follower.on(contactEvent(ContactEvents.UNMERGED, "contact-1", "contact-2")))
                .isInstanceOf(IllegalStateException.class);
    }

    private Session sessionHeldBy(Seat... held) {
        Session session = CatalogSamples.openSession(2);
        for (Seat seat : held) {
            session = session.reserved(seat);
        }
        sessions.seed(session);
        return session;
    }

    private List<String> seatContacts(String sessionId) {
        Session session = sessions.findById(sessionId).orElseThrow();
        return Stream.concat(session.seats().stream(), session.waitlist().stream())
                .map(Seat::contactId).toList();
    }

    @Test
    void seatsAndWaitingPlacesFollowTheMergeKeepingTheirHoldersAndOrderAndGoBackOnUndo() {
        Enrollment enrollment = EnrollmentJourneyTest.enrollment("enrollment-a", "contact-2");
        enrollments.seed(enrollment);
        Session session = sessionHeldBy(new Seat(Seat.contactHolder("contact-2"), "contact-2", Fixtures.NOW),
                new Seat(Seat.contactHolder("contact-9"), "contact-9", Fixtures.NOW),
                new Seat(Enrollment.holderKey("enrollment-a"), "contact-2", Fixtures.NOW));
        states.active(SCHOOL, "contact-1").merged(SCHOOL, "contact-2", "contact-1", MERGED_AT)
                .active(SCHOOL, "contact-9");
        DomainEvent merged = contactEvent(ContactEvents.MERGED, "contact-1", "contact-2");

        seats.on(merged);
        // The enrollment's place waits for the enrollment to move.
        assertThat(seatContacts(session.id())).containsExactly("contact-1", "contact-9", "contact-2");
        follower.on(merged);
        enrollments.events().forEach(seats::on);

        Session after = sessions.findById(session.id()).orElseThrow();
        assertThat(seatContacts(session.id())).containsExactly("contact-1", "contact-9", "contact-1");
        assertThat(after.seats()).extracting(Seat::holderKey).containsExactly(Seat.contactHolder("contact-2"),
                Seat.contactHolder("contact-9"));
        assertThat(after.waitlist()).extracting(Seat::holderKey).containsExactly(Enrollment.holderKey("enrollment-a"));
        assertThat(sessions.eventTypes()).containsOnly(CatalogEvents.SEATS_MOVED);

        states.active(SCHOOL, "contact-2");
        DomainEvent undone = contactEvent(ContactEvents.UNMERGED, "contact-1", "contact-2");
        follower.on(undone);
        seats.on(undone);
        enrollments.events().forEach(seats::on);

        assertThat(seatContacts(session.id())).containsExactly("contact-2", "contact-9", "contact-2");
    }

    @Test
    void anotherSchoolsSessionsAreNeverTouched() {
        Session theirs = sessionHeldBy(new Seat(Seat.contactHolder("contact-2"), "contact-2", Fixtures.NOW));
        states.active(SCHOOL, "contact-1").merged(SCHOOL, "contact-2", "contact-1", MERGED_AT);
        // CatalogSamples' session is school-1's; the merge below is another school's.
        seats.on(new DomainEvent("event-x", ContactEvents.MERGED, "Contact", "contact-1", 3, Initiator.system(),
                Fixtures.NOW, List.of(), Map.of(ContactEvents.SCHOOL_ID, "school-2", ContactEvents.CONTACT_ID,
                "contact-1", ContactEvents.MERGED_CONTACT_ID, "contact-2")));

        assertThat(seatContacts(theirs.id())).containsExactly("contact-2");
        assertThat(sessions.events()).isEmpty();
    }
}
