package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.InteractionKind;
import fr.passerelle.crm.model.InteractionOutcome;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.MergeStates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timeline fed from the relay, and merges moving what is filed on contacts. */
class TimelineFeedTest {

    private static final Instant NOW = Fixtures.NOW;

    private final TimelineFakes.Contacts contacts = new TimelineFakes.Contacts().with("c1", "s1").with("c2", "s1");
    private final TimelineFakes.LastInteractions lastInteractions = new TimelineFakes.LastInteractions();
    private final TimelineFakes.InMemoryInteractions interactions = new TimelineFakes.InMemoryInteractions();
    private final TimelineFakes.InMemoryNotes notes = new TimelineFakes.InMemoryNotes();
    private final TimelineFakes.InMemoryDocuments documents = new TimelineFakes.InMemoryDocuments();
    private final TimelineFakes.Timeline timeline = new TimelineFakes.Timeline();
    private final TimelineProjector projector = new TimelineProjector(timeline, contacts, lastInteractions,
            interactions, notes, documents);
    private final MergeStates states = new MergeStates();
    private final TimelineMergeFollower merges = new TimelineMergeFollower(states.contacts(), interactions, notes,
            documents, timeline, Fixtures.events());

    private static DomainEvent event(String id, String type, String aggregateType, String aggregateId,
                                     Map<String, String> attributes) {
        return new DomainEvent(id, type, aggregateType, aggregateId, 1, Initiator.system(), NOW, List.of(),
                attributes);
    }

    @Test
    void deals_tasks_and_stage_moves_are_entries_once_however_often_they_are_delivered() {
        DomainEvent won = event("e1", "deal.won", "Deal", "d1", Map.of("schoolId", "s1", "contactId", "c1"));
        DomainEvent task = event("e2", "task.completed", "Task", "t1", Map.of("schoolId", "s1", "contactId", "c1"));
        DomainEvent stage = event("e3", ContactEvents.STAGE_CHANGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "target", "TRAINING_ORGANISATION"));
        DomainEvent unrelated = event("e4", "deal.archived", "Deal", "d1", Map.of("schoolId", "s1"));

        for (DomainEvent event : List.of(won, task, stage, won, stage)) {
            assertThat(projector.accepts(event)).isTrue();
            projector.on(event);
        }

        assertThat(projector.accepts(unrelated)).isFalse();
        assertThat(timeline.of("s1", "c1")).extracting(TimelineEntry::kind, TimelineEntry::label,
                TimelineEntry::subjectId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(TimelineEntryKind.DEAL, "deal.won", "d1"),
                org.assertj.core.groups.Tuple.tuple(TimelineEntryKind.TASK, "task.completed", "t1"),
                org.assertj.core.groups.Tuple.tuple(TimelineEntryKind.CONTACT, "contact.stageChanged", "c1"));
    }

    @Test
    void the_platforms_own_events_reach_the_contacts_that_stand_for_the_person() {
        contacts.learners.put("c1", "learner-1");
        DomainEvent registered = event("e1", "learner.registered", "Learner", "learner-1",
                Map.of("school", "school:s1"));
        DomainEvent elsewhere = event("e2", "learner.registered", "Learner", "learner-1",
                Map.of("school", "school:s9"));
        DomainEvent noSchool = event("e3", "application.submitted", "Application", "a1",
                Map.of("learner", "sub-1", "company", "company:k1"));

        projector.on(registered);
        projector.on(elsewhere);

        assertThat(projector.accepts(noSchool)).isFalse();
        assertThat(timeline.of("s1", "c1")).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TimelineEntryKind.PLATFORM);
            assertThat(entry.subjectType()).isEqualTo("Learner");
        });
    }

    @Test
    void an_interaction_event_repairs_a_missing_direct_entry_and_the_last_interaction() {
        Interaction logged = interaction("i1", "c1");
        interactions.seed(logged);

        projector.on(event("e1", "interaction.logged", "Interaction", "i1", Map.of("schoolId", "s1",
                "contactId", "c1")));

        assertThat(timeline.entries).containsKey("interaction:i1");
        assertThat(lastInteractions.recorded).containsEntry("c1", logged.occurredAt());
    }

    @Test
    void a_merge_moves_everything_filed_on_the_merged_contact_and_its_undoing_moves_back_exactly_that() {
        interactions.seed(interaction("i1", "c2"));
        interactions.seed(interaction("i0", "c1"));
        notes.seed(Note.write("n1", "s1", "c2", "Parle anglais", false, "advisor-1", NOW));
        documents.seed(new ContactDocument("d1", "s1", "c2", ContactDocumentType.QUOTE, "Devis", "application/pdf", 10,
                "abc", "advisor-1", NOW, null, List.of(), 0));
        timeline.record(TimelineProjector.entryOf(interactions.findById("i1").orElseThrow()));
        timeline.record(TimelineProjector.entryOf(interactions.findById("i0").orElseThrow()));
        DomainEvent merged = event("m1", ContactEvents.MERGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "mergedContactId", "c2"));
        states.merged("s1", "c2", "c1", NOW);

        merges.on(merged);
        merges.on(merged);

        assertThat(interactions.findById("i1").orElseThrow()).satisfies(i -> {
            assertThat(i.contactId()).isEqualTo("c1");
            assertThat(i.mergedFrom()).containsExactly("c2");
        });
        assertThat(notes.findById("n1").orElseThrow().contactId()).isEqualTo("c1");
        assertThat(documents.findById("d1").orElseThrow().contactId()).isEqualTo("c1");
        assertThat(timeline.of("s1", "c1")).hasSize(2);
        assertThat(interactions.events()).singleElement().satisfies(e -> assertThat(e.type())
                .isEqualTo("interaction.moved"));

        DomainEvent unmerged = event("u1", ContactEvents.UNMERGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "mergedContactId", "c2"));
        states.active("s1", "c2");
        merges.on(unmerged);
        merges.on(unmerged);

        assertThat(interactions.findById("i1").orElseThrow()).satisfies(i -> {
            assertThat(i.contactId()).isEqualTo("c2");
            assertThat(i.mergedFrom()).isEmpty();
        });
        assertThat(interactions.findById("i0").orElseThrow().contactId()).isEqualTo("c1");
        assertThat(notes.findById("n1").orElseThrow().contactId()).isEqualTo("c2");
        assertThat(documents.findById("d1").orElseThrow().contactId()).isEqualTo("c2");
        assertThat(timeline.of("s1", "c1")).extracting(TimelineEntry::subjectId).containsExactly("i0");
        assertThat(timeline.of("s1", "c2")).extracting(TimelineEntry::subjectId).containsExactly("i1");
    }

    @Test
    void undoing_the_later_of_two_chained_merges_takes_back_what_came_through_the_middle_contact() {
        interactions.seed(interaction("i1", "a"));
        states.merged("s1", "a", "b", NOW).merged("s1", "b", "c", NOW);
        merges.on(event("m1", ContactEvents.MERGED, "Contact", "b",
                Map.of("schoolId", "s1", "contactId", "b", "mergedContactId", "a")));
        merges.on(event("m2", ContactEvents.MERGED, "Contact", "c",
                Map.of("schoolId", "s1", "contactId", "c", "mergedContactId", "b")));
        assertThat(interactions.findById("i1").orElseThrow().mergedFrom()).containsExactly("a", "b");

        states.active("s1", "b");
        merges.on(event("u2", ContactEvents.UNMERGED, "Contact", "c",
                Map.of("schoolId", "s1", "contactId", "c", "mergedContactId", "b")));

        assertThat(interactions.findById("i1").orElseThrow()).satisfies(i -> {
            assertThat(i.contactId()).isEqualTo("b");
            assertThat(i.mergedFrom()).containsExactly("a");
        });
    }

    @Test
    void a_merge_delivered_again_after_its_undo_moves_nothing() {
        interactions.seed(interaction("i1", "c2"));
        DomainEvent merged = event("m1", ContactEvents.MERGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "mergedContactId", "c2"));
        states.merged("s1", "c2", "c1", NOW);
        merges.on(merged);
        states.active("s1", "c2");
        merges.on(event("u1", ContactEvents.UNMERGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "mergedContactId", "c2")));

        merges.on(merged);

        assertThat(interactions.findById("i1").orElseThrow()).satisfies(i -> {
            assertThat(i.contactId()).isEqualTo("c2");
            assertThat(i.mergedFrom()).isEmpty();
        });
    }

    @Test
    void an_undo_arriving_before_the_merged_contact_is_restored_is_retried_and_an_old_one_after_a_new_merge_is_ignored() {
        interactions.seed(interaction("i1", "c2"));
        states.merged("s1", "c2", "c1", NOW.minusSeconds(60));
        merges.on(event("m1", ContactEvents.MERGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "mergedContactId", "c2")));
        DomainEvent unmerged = event("u1", ContactEvents.UNMERGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "mergedContactId", "c2"));

        assertThatThrownBy(() -> merges.on(unmerged)).isInstanceOf(IllegalStateException.class);

        states.merged("s1", "c2", "c1", NOW.plusSeconds(60));
        merges.on(unmerged);
        assertThat(interactions.findById("i1").orElseThrow().contactId()).isEqualTo("c1");
    }

    @Test
    void an_undo_goes_on_past_a_full_page_of_records_that_a_later_merge_moved() {
        // More than a page of records came from c2 but were merged on from c1 to c3: they stay; the last one, whose
        // trail ends with c2, must still go back.
        for (int i = 0; i < MergeMoves.BATCH; i++) {
            interactions.seed(moved("i" + String.format("%03d", i), "c1", List.of("c2", "c9")));
        }
        interactions.seed(moved("i999", "c1", List.of("c2")));
        states.active("s1", "c2");

        merges.on(event("u1", ContactEvents.UNMERGED, "Contact", "c1",
                Map.of("schoolId", "s1", "contactId", "c1", "mergedContactId", "c2")));

        assertThat(interactions.findById("i999").orElseThrow().contactId()).isEqualTo("c2");
        assertThat(interactions.findById("i000").orElseThrow().contactId()).isEqualTo("c1");
    }

    private static Interaction moved(String id, String contactId, List<String> trail) {
        return new Interaction(id, "s1", contactId, InteractionKind.CALL, InteractionDirection.INBOUND,
                InteractionOutcome.REACHED, NOW.minusSeconds(60), null, "advisor-1", NOW, trail, 0);
    }

    private static Interaction interaction(String id, String contactId) {
        return new Interaction(id, "s1", contactId, InteractionKind.CALL, InteractionDirection.INBOUND,
                InteractionOutcome.REACHED, NOW.minusSeconds(60), null, "advisor-1", NOW, List.of(), 0);
    }
}
