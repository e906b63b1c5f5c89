package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.testing.RecordingReminders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's moves: an enrollment follows its gates on the other parts' events, is seated when its session
 * promotes it, starts its training with its session, and its withdrawal period ends by a stored reminder; a
 * redelivered event writes nothing.
 */
class EnrollmentAdvancerTest {

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final RecordingReminders reminders = new RecordingReminders();
    private boolean dossierComplete;
    private Instant signedAt;
    private LocalDate withdrawalEndsOn;
    private boolean paid;
    private EnrollmentAdvancer advancer;
    private WithdrawalEnds withdrawalEnds;

    @BeforeEach
    void wire() {
        EnrollmentGates gates = new EnrollmentGates(e -> dossierComplete,
                e -> new FundingProgress.FundingStatus(true, true, true, false, Set.of(), false, Money.euros(0), null),
                e -> Optional.of(new ContractProgress.ContractStatus("contract", Fixtures.NOW, signedAt,
                        withdrawalEndsOn)), e -> paid);
        advancer = new EnrollmentAdvancer(enrollments, gates,
                new EventFactory(Fixtures.countingIds("event-"), Fixtures.CLOCK), Fixtures.CLOCK);
        withdrawalEnds = new WithdrawalEnds(enrollments, reminders, advancer);
    }

    private Enrollment stored(String id, boolean seated, boolean submitted) {
        Enrollment draft = Enrollment.create(id, "school", "programme", "session", "contact-" + id, null,
                new Applicant(ContactSituation.JOB_SEEKER, false), seated, "admissions", Fixtures.NOW);
        Enrollment enrollment = submitted ? draft.submitted("admissions", Fixtures.NOW) : draft;
        return enrollments.insert(enrollment, event("enrollment.created", id, Map.of()));
    }

    private static DomainEvent event(String type, String aggregateId, Map<String, String> attributes) {
        return new DomainEvent("delivered-" + type + aggregateId, type, "Any", aggregateId, 1, Initiator.system(),
                Fixtures.NOW, List.of(), attributes);
    }

    private void deliver(DomainEvent event) {
        assertThat(advancer.accepts(event)).as(event.type()).isTrue();
        advancer.on(event);
    }

    @Test
    void anotherPartsEventMovesTheEnrollmentAlongItsOpenGatesOnceWhateverTheRedeliveries() {
        stored("e1", true, true);
        dossierComplete = true;
        DomainEvent accepted = event(EnrollmentEvents.DOCUMENT_ACCEPTED, "document-1",
                Map.of(EnrollmentEvents.ENROLLMENT_ID, "e1", EnrollmentEvents.SCHOOL_ID, "school"));

        deliver(accepted);
        int written = enrollments.events().size();
        deliver(accepted);

        Enrollment contractSent = enrollments.findById("e1").orElseThrow();
        assertThat(contractSent.state()).isEqualTo(EnrollmentState.CONTRACT_SENT);
        assertThat(enrollments.events()).hasSize(written);
        assertThat(enrollments.events().get(written - 1)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EnrollmentEvents.ENROLLMENT_ADVANCED);
            assertThat(e.initiator().subject()).isEqualTo(Initiator.SYSTEM);
            assertThat(e.attributes()).containsEntry(EnrollmentEvents.ENROLLMENT_ID, "e1")
                    .containsEntry(EnrollmentEvents.SESSION_ID, "session")
                    .containsEntry(EnrollmentEvents.CONTACT_ID, "contact-e1");
        });
    }

    @Test
    void aSignatureStartsTheWithdrawalPeriodWhoseEndReminderConfirmsOnceWhatIsDueIsPaid() {
        stored("e1", true, true);
        dossierComplete = true;
        signedAt = Fixtures.NOW;
        withdrawalEndsOn = Fixtures.TODAY.plusDays(14);
        advancer.advance("e1");
        DomainEvent signed = enrollments.events().get(enrollments.events().size() - 1);
        assertThat(signed.type()).isEqualTo(EnrollmentEvents.ENROLLMENT_SIGNED);

        assertThat(withdrawalEnds.accepts(signed)).isTrue();
        withdrawalEnds.on(signed);
        Reminder end = reminders.pending().get(0);
        assertThat(end.dueAt()).isEqualTo(Instant.parse("2025-03-15T23:00:00Z"));

        paid = true;
        Reminder stale = new Reminder("stale", end.kind(), Fixtures.NOW, end.attributes());
        withdrawalEnds.fire(stale);
        assertThat(enrollments.findById("e1").orElseThrow().state())
                .as("a reminder due before the period's end (one left from an earlier end) confirms nothing")
                .isEqualTo(EnrollmentState.WITHDRAWAL_PERIOD);
        withdrawalEnds.fire(end);
        assertThat(enrollments.findById("e1").orElseThrow().state())
                .as("as of its due time, the day after the last day").isEqualTo(EnrollmentState.CONFIRMED);
        assertThat(enrollments.events().get(enrollments.events().size() - 1).type())
                .isEqualTo(EnrollmentEvents.ENROLLMENT_CONFIRMED);
    }

    @Test
    void aPromotionSeatsEveryEnrollmentItNamesAndIgnoresOtherHolders() {
        stored("e1", false, false);
        stored("e2", false, true);
        stored("e3", false, false);
        DomainEvent promoted = event(CatalogEvents.WAITLIST_PROMOTED, "session", Map.of(
                CatalogEvents.PROMOTED_HOLDER_KEY, String.join(CatalogEvents.KEY_SEPARATOR, "contact:c9",
                        Enrollment.holderKey("e1"), Enrollment.holderKey("e2"))));

        deliver(promoted);
        int written = enrollments.events().size();
        deliver(promoted);

        assertThat(enrollments.findById("e1").orElseThrow().seated()).isTrue();
        assertThat(enrollments.findById("e2").orElseThrow().seated()).isTrue();
        assertThat(enrollments.findById("e2").orElseThrow().state()).isEqualTo(EnrollmentState.DOSSIER_INCOMPLETE);
        assertThat(enrollments.findById("e3").orElseThrow().seated()).isFalse();
        assertThat(enrollments.events()).hasSize(written);
        assertThat(enrollments.events().get(written - 1).type()).isEqualTo(EnrollmentEvents.ENROLLMENT_SEATED);
    }

    @Test
    void theSessionsStartStartsTheTrainingOfItsConfirmedEnrollmentsOnly() {
        stored("e1", true, true);
        stored("e2", true, true);
        dossierComplete = true;
        signedAt = Fixtures.NOW;
        withdrawalEndsOn = Fixtures.TODAY.minusDays(1);
        paid = true;
        advancer.advance("e1");

        deliver(event(CatalogEvents.SESSION_STARTED, "session", Map.of(CatalogEvents.SESSION_ID, "session")));

        assertThat(enrollments.findById("e1").orElseThrow().state()).isEqualTo(EnrollmentState.IN_TRAINING);
        assertThat(enrollments.findById("e2").orElseThrow().state()).isEqualTo(EnrollmentState.DOSSIER_INCOMPLETE);
    }

    @Test
    void aCancelledSessionCancelsItsEnrollmentsNotInTraining() {
        stored("e1", true, false);
        stored("e2", false, true);

        deliver(event(CatalogEvents.SESSION_CANCELLED, "session", Map.of(CatalogEvents.SESSION_ID, "session")));

        for (String id : List.of("e1", "e2")) {
            Enrollment cancelled = enrollments.findById(id).orElseThrow();
            assertThat(cancelled.state()).isEqualTo(EnrollmentState.CANCELLED);
            assertThat(cancelled.endReason()).isEqualTo("SESSION_CANCELLED");
        }
    }
}
