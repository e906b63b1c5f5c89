package fr.passerelle.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryAuditTrail;
import fr.passerelle.testing.InMemoryErasedPeople;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.Pseudonyms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditRecorderTest {

    private static final Initiator RECRUITER =
            new Initiator("recruiter-c", Set.of("LEARNER"), "company:company-c", null, "passerelle-web");

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final InMemoryErasedPeople erased = new InMemoryErasedPeople();
    private final AuditRecorder recorder = new AuditRecorder(trail, erased);

    private final DomainEvent invited = new DomainEvent("event-7", "membership.invited", "Membership", "membership-3",
            0, RECRUITER, Fixtures.NOW, List.of("tenant", "role", "email"),
            Map.of("tenant", "company:secret-tenant", "role", "SECRET_ROLE"));

    @Test
    void records_who_did_what_to_which_aggregate_and_when_under_the_event_id() {
        recorder.on(invited);

        assertThat(trail.all()).containsExactly(new AuditEntry("event-7", "membership.invited", "Membership",
                "membership-3", 0, RECRUITER, List.of("tenant", "role", "email"), Fixtures.NOW));
    }

    @Test
    void delivering_the_same_event_twice_records_it_once() {
        recorder.on(invited);
        recorder.on(invited);

        assertThat(trail.all()).extracting(AuditEntry::id).containsExactly("event-7");
    }

    @Test
    void each_event_gets_its_own_entry() {
        recorder.on(invited);
        recorder.on(DomainEvents.delivered("event-8", "company.verified", "Company", "company-c"));

        assertThat(trail.all()).extracting(AuditEntry::id, AuditEntry::action)
                .containsExactly(
                        tuple("event-7", "membership.invited"),
                        tuple("event-8", "company.verified"));
    }

    @Test
    void the_entry_names_fields_but_copies_none_of_the_routing_attributes() {
        recorder.on(invited);

        assertThat(trail.all()).singleElement().satisfies(entry -> {
            assertThat(entry.changedFields()).containsExactly("tenant", "role", "email");
            assertThat(entry.toString()).doesNotContain("secret-tenant", "SECRET_ROLE");
        });
    }

    @Test
    void it_records_every_event_under_a_stable_name() {
        assertThat(recorder.name()).isEqualTo("audit");
        assertThat(recorder.accepts(invited)).isTrue();
        assertThat(recorder.accepts(DomainEvents.delivered("e", "anything.happened", "Anything", "a-1"))).isTrue();
    }

    @Test
    void an_old_event_relayed_after_its_actor_was_erased_is_recorded_under_the_actors_pseudonym() {
        erased.remember(new DataSubject("recruiter-c", Set.of(), Set.of()), Fixtures.NOW);

        recorder.on(invited);

        assertThat(trail.all()).singleElement().satisfies(entry -> {
            assertThat(entry.initiator().subject()).isEqualTo(Pseudonyms.ofSubject("recruiter-c"))
                    .doesNotContain("recruiter-c");
            assertThat(entry.initiator().organisation()).isEqualTo("company:company-c");
            assertThat(entry.action()).isEqualTo("membership.invited");
            assertThat(entry.changedFields()).containsExactly("tenant", "role", "email");
        });
    }
}
