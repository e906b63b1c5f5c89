package fr.passerelle.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.InteractionKind;
import fr.passerelle.crm.model.InteractionOutcome;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The timeline read model, interactions and files in MongoDB: keyset order, idempotence, merges' moves. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoTimelineStoresTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Set<TimelineEntryKind> ALL = EnumSet.allOf(TimelineEntryKind.class);

    @Autowired
    private TimelineEntries timeline;

    @Autowired
    private Interactions interactions;

    @Autowired
    private ContactFiles files;

    @Autowired
    private EventFactory events;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    private static TimelineEntry entry(String id, String contactId, Instant at) {
        return new TimelineEntry(id, "s1", contactId, TimelineEntryKind.DEAL, "deal.moved", "Deal", "d-" + id, at,
                List.of());
    }

    @Test
    void pages_run_newest_first_with_ties_broken_by_id_and_no_entry_twice_or_lost_across_pages() {
        // Five entries at the same instant between an older and a newer one, and another contact's entry.
        timeline.record(entry("a-old", "c1", T0.minusSeconds(60)));
        for (String id : List.of("e3", "e1", "e5", "e2", "e4")) {
            timeline.record(entry(id, "c1", T0));
        }
        timeline.record(entry("z-new", "c1", T0.plusSeconds(60)));
        timeline.record(entry("other", "c2", T0));
        timeline.record(entry("e1", "c1", T0.plusSeconds(3600)));

        List<String> read = new ArrayList<>();
        Page<TimelineEntry> page = timeline.page("s1", "c1", ALL, Paging.first(3, null));
        read.addAll(page.items().stream().map(TimelineEntry::id).toList());
        while (page.hasNextPage()) {
            page = timeline.page("s1", "c1", ALL, Paging.first(3, page.keys().get(page.keys().size() - 1)));
            read.addAll(page.items().stream().map(TimelineEntry::id).toList());
        }

        assertThat(read).containsExactly("z-new", "e5", "e4", "e3", "e2", "e1", "a-old");
        Page<TimelineEntry> before = timeline.page("s1", "c1", ALL, Paging.last(2, page.keys().get(0)));
        assertThat(before.items()).extracting(TimelineEntry::id).containsExactly("e2", "e1");
    }

    @Test
    void a_page_lists_only_the_kinds_asked_for() {
        timeline.record(entry("deal", "c1", T0));
        timeline.record(new TimelineEntry("note", "s1", "c1", TimelineEntryKind.NOTE, "note.added", "Note", "n1",
                T0.plusSeconds(1), List.of()));

        assertThat(timeline.page("s1", "c1", Set.of(TimelineEntryKind.DEAL), Paging.first(10, null)).items())
                .extracting(TimelineEntry::id).containsExactly("deal");
    }

    @Test
    void a_merge_moves_entries_and_its_undoing_moves_back_only_those_it_moved() {
        timeline.record(entry("m1", "merged", T0));
        timeline.record(entry("m2", "merged", T0));
        timeline.record(entry("s1", "survivor", T0));

        assertThat(timeline.moveAll("s1", "merged", "survivor")).isEqualTo(2);
        assertThat(timeline.page("s1", "survivor", ALL, Paging.first(10, null)).items())
                .extracting(TimelineEntry::id).containsExactly("s1", "m2", "m1");

        assertThat(timeline.moveBack("s1", "survivor", "merged")).isEqualTo(2);
        assertThat(timeline.page("s1", "merged", ALL, Paging.first(10, null)).items())
                .allSatisfy(e -> assertThat(e.mergedFrom()).isEmpty()).extracting(TimelineEntry::id)
                .containsExactly("m2", "m1");
        assertThat(timeline.page("s1", "survivor", ALL, Paging.first(10, null)).items()).extracting(TimelineEntry::id)
                .containsExactly("s1");
    }

    @Test
    void undoing_a_merge_reads_past_full_batches_of_entries_a_later_merge_moved() {
        // More than a batch came from "merged" through "middle": they stay; the one that came straight back must go.
        for (int i = 0; i < 501; i++) {
            timeline.record(entry(String.format("e%03d", i), "merged", T0));
        }
        timeline.moveAll("s1", "merged", "middle");
        timeline.moveAll("s1", "middle", "survivor");
        timeline.record(entry("zz", "merged", T0));
        timeline.moveAll("s1", "merged", "survivor");

        assertThat(timeline.moveBack("s1", "survivor", "merged")).isEqualTo(1);
        assertThat(timeline.page("s1", "merged", ALL, Paging.first(10, null)).items()).extracting(TimelineEntry::id)
                .containsExactly("zz");
    }

    @Test
    void interactions_round_trip_and_are_found_by_contact_and_by_merge_trail() {
        Interaction interaction = new Interaction("i1", "s1", "c2", InteractionKind.MEETING,
                InteractionDirection.INBOUND, InteractionOutcome.APPOINTMENT_SET, T0, "Portes ouvertes", "advisor",
                T0, List.of(), 0);
        interactions.insert(interaction, events.created("interaction.logged", Initiator.system(), interaction,
                Map.of()));
        Interaction moved = interaction.movedTo("c1");
        interactions.update(moved, events.changed("interaction.moved", Initiator.system(), interaction, moved,
                Map.of()));

        assertThat(interactions.findByContact("s1", "c2", 10)).isEmpty();
        assertThat(interactions.findMergedFrom("s1", "c1", "c2", "i1", 10)).isEmpty();
        assertThat(interactions.findMergedFrom("s1", "c1", "c2", null, 10)).singleElement().satisfies(found -> {
            assertThat(found.contactId()).isEqualTo("c1");
            assertThat(found.mergedFrom()).containsExactly("c2");
            assertThat(found.summary()).isEqualTo("Portes ouvertes");
            assertThat(found.version()).isEqualTo(1);
        });
    }

    @Test
    void files_are_kept_read_and_removed() {
        files.put("doc-1", new byte[] {'%', 'P', 'D', 'F', '-'});

        assertThat(files.find("doc-1")).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(5));
        files.delete("doc-1");
        files.delete("doc-1");
        assertThat(files.find("doc-1")).isEmpty();
    }
}
