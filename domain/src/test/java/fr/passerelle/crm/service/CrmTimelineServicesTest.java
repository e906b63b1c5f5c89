package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.InteractionKind;
import fr.passerelle.crm.model.InteractionOutcome;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.crm.port.in.ContactDocumentUseCases;
import fr.passerelle.crm.port.in.InteractionUseCases.LogInteraction;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.validation.UnrecognisedFileException;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrmTimelineServicesTest {

    private static final Instant NOW = Fixtures.NOW;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes();

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final TimelineFakes.Contacts contacts = new TimelineFakes.Contacts().with("c1", "s1").with("c2", "s2");
    private final TimelineFakes.LastInteractions lastInteractions = new TimelineFakes.LastInteractions();
    private final TimelineFakes.InMemoryInteractions interactions = new TimelineFakes.InMemoryInteractions();
    private final TimelineFakes.InMemoryNotes notes = new TimelineFakes.InMemoryNotes();
    private final TimelineFakes.InMemoryDocuments documents = new TimelineFakes.InMemoryDocuments();
    private final TimelineFakes.Files files = new TimelineFakes.Files();
    private final TimelineFakes.Timeline timeline = new TimelineFakes.Timeline();
    private final InteractionService interactionService = new InteractionService(interactions, timeline, contacts,
            lastInteractions, Fixtures.countingIds("interaction"), Fixtures.events(), Fixtures.CLOCK);
    private final NoteService noteService = new NoteService(notes, timeline, contacts, Fixtures.countingIds("note"),
            Fixtures.events(), Fixtures.CLOCK);
    private final ContactDocumentService documentService = new ContactDocumentService(documents, files, timeline,
            contacts, Fixtures.countingIds("document"), Fixtures.events(), Fixtures.CLOCK);
    private final TimelineService timelineService = new TimelineService(timeline, contacts);

    private final Actor advisor = Actors.member(memberships, "advisor-1", Tenant.school("s1"),
            MembershipRole.ADMISSIONS);
    private final Actor colleague = Actors.member(memberships, "advisor-2", Tenant.school("s1"),
            MembershipRole.ADMISSIONS);
    private final Actor admin = Actors.member(memberships, "admin-1", Tenant.school("s1"), MembershipRole.SCHOOL_ADMIN);
    private final Actor finance = Actors.member(memberships, "finance-1", Tenant.school("s1"), MembershipRole.FINANCE);
    private final Actor otherSchool = Actors.member(memberships, "advisor-9", Tenant.school("s2"),
            MembershipRole.ADMISSIONS);

    private static LogInteraction call(Instant at) {
        return new LogInteraction(InteractionKind.CALL, InteractionDirection.OUTBOUND,
                InteractionOutcome.CALLBACK_REQUESTED, at, "Rappeler jeudi\r\nau sujet du financement");
    }

    @Test
    void a_logged_call_is_on_the_timeline_and_becomes_the_contacts_last_interaction() {
        Interaction logged = interactionService.log(advisor, "c1", call(NOW.minusSeconds(600)));

        assertThat(logged.summary()).isEqualTo("Rappeler jeudi\nau sujet du financement");
        assertThat(logged.loggedBy()).isEqualTo("advisor-1");
        assertThat(interactions.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CrmTimelineEvents.INTERACTION_LOGGED);
            assertThat(event.attributes()).containsEntry("schoolId", "s1").containsEntry("contactId", "c1");
            assertThat(event.attributes().values()).noneMatch(value -> value.contains("Rappeler"));
        });
        assertThat(lastInteractions.recorded).containsEntry("c1", NOW.minusSeconds(600));
        assertThat(timelineService.timeline(advisor, "c1", Paging.first(10, null)).items()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(TimelineEntryKind.INTERACTION);
                    assertThat(entry.subjectId()).isEqualTo(logged.id());
                    assertThat(entry.occurredAt()).isEqualTo(NOW.minusSeconds(600));
                });
    }

    @Test
    void an_interaction_happened_in_the_last_two_years_and_not_in_the_future() {
        assertThat(Violations.pathsAndCodesThrownBy(() -> interactionService.log(advisor, "c1",
                call(NOW.plus(Duration.ofMinutes(6)))))).containsExactly("occurredAt OUT_OF_RANGE");
        assertThat(Violations.pathsAndCodesThrownBy(() -> interactionService.log(advisor, "c1",
                call(NOW.minus(Duration.ofDays(2 * 366)))))).containsExactly("occurredAt OUT_OF_RANGE");
        assertThat(Violations.pathsAndCodesThrownBy(() -> interactionService.log(advisor, "c1",
                new LogInteraction(null, null, null, null, "x".repeat(Interaction.SUMMARY_LENGTH + 1)))))
                .containsExactly("kind REQUIRED", "direction REQUIRED", "outcome REQUIRED", "occurredAt REQUIRED",
                        "summary TOO_LONG");
        assertThat(interactionService.log(advisor, "c1", call(NOW.plus(Duration.ofMinutes(4))))).isNotNull();
        assertThat(interactions.events()).hasSize(1);
    }

    @Test
    void finance_neither_logs_nor_reads_interactions_and_another_school_or_a_missing_contact_look_the_same() {
        assertThatThrownBy(() -> interactionService.log(finance, "c1", call(NOW)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> interactionService.log(otherSchool, "c1", call(NOW)))
                .isInstanceOf(NotFoundException.class).hasMessage(new NotFoundException("Contact", "c1").getMessage());
        assertThatThrownBy(() -> timelineService.timeline(otherSchool, "c1", Paging.first(10, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelineService.timeline(advisor, "missing", Paging.first(10, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelineService.timeline(Actors.platformAdmin(), "c1", Paging.first(10, null)))
                .isInstanceOf(NotFoundException.class);

        Interaction logged = interactionService.log(advisor, "c1", call(NOW));
        assertThat(interactionService.findAll(otherSchool, List.of(logged.id()))).isEmpty();
        assertThat(interactionService.findAll(finance, List.of(logged.id()))).as("not finance's need").isEmpty();
        assertThat(timelineService.timeline(finance, "c1", Paging.first(10, null)).items()).isEmpty();
        assertThat(interactionService.findAll(colleague, List.of(logged.id()))).containsExactly(logged);
    }

    @Test
    void only_its_author_edits_a_note_and_its_author_or_an_admin_deletes_it() {
        Note note = noteService.add(advisor, "c1", "  Intéressée par le BTS MCO  ", false);
        assertThat(note.text()).isEqualTo("Intéressée par le BTS MCO");

        assertThatThrownBy(() -> noteService.edit(colleague, note.id(), "autre", null, null))
                .isInstanceOf(ForbiddenException.class);
        Note pinned = noteService.edit(advisor, note.id(), null, true, 0L);
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.version()).isEqualTo(1);
        assertThat(Violations.pathsAndCodesThrownBy(() -> noteService.edit(advisor, note.id(), "x", null, 0L)))
                .containsExactly("expectedVersion STALE_VERSION");
        assertThatThrownBy(() -> noteService.delete(colleague, note.id(), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> noteService.delete(otherSchool, note.id(), null))
                .isInstanceOf(NotFoundException.class);

        Note deleted = noteService.delete(admin, note.id(), 1L);

        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.text()).isEmpty();
        assertThat(timeline.entries).isEmpty();
        assertThat(noteService.findAll(advisor, List.of(note.id()))).isEmpty();
        assertThatThrownBy(() -> noteService.edit(advisor, note.id(), "again", null, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_document_is_accepted_by_its_content_kept_and_downloaded_then_deleted() {
        ContactDocument filed = documentService.upload(advisor, "c1", ContactDocumentType.INVOICE, "Facture 2025-014",
                PDF);

        assertThat(filed.contentType()).isEqualTo("application/pdf");
        assertThat(filed.size()).isEqualTo(PDF.length);
        assertThat(documentService.download(finance, filed.id())).hasValueSatisfying(file ->
                assertThat(file.content()).isEqualTo(PDF));
        assertThat(documentService.download(otherSchool, filed.id())).isEmpty();
        assertThat(timeline.entries).containsKey(TimelineEntry.keyOf(TimelineEntryKind.DOCUMENT, filed.id()));

        documentService.delete(advisor, filed.id(), 0L);

        assertThat(files.stored).isEmpty();
        assertThat(documentService.download(advisor, filed.id())).isEmpty();
        assertThat(documentService.ofContact(advisor, "c1", Paging.first(10, null)).items()).isEmpty();
        assertThat(timeline.entries).isEmpty();
    }

    @Test
    void finance_lists_and_downloads_the_commercial_documents_and_an_id_proof_looks_missing_to_it() {
        ContactDocument invoice = documentService.upload(advisor, "c1", ContactDocumentType.INVOICE, "Facture", PDF);
        ContactDocument idProof = documentService.upload(advisor, "c1", ContactDocumentType.ID_PROOF, "CNI", PDF);

        assertThat(documentService.ofContact(finance, "c1", Paging.first(10, null)).items()).containsExactly(invoice);
        assertThat(documentService.ofContact(advisor, "c1", Paging.first(10, null)).items())
                .containsExactlyInAnyOrder(invoice, idProof);
        assertThat(documentService.download(finance, idProof.id())).isEmpty();
        assertThat(documentService.findAll(finance, List.of(invoice.id(), idProof.id()))).containsExactly(invoice);
        assertThatThrownBy(() -> documentService.delete(finance, idProof.id(), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_document_that_is_not_a_pdf_png_or_jpeg_or_too_large_is_refused_before_anything_is_kept() {
        assertThatThrownBy(() -> documentService.upload(advisor, "c1", ContactDocumentType.OTHER, "notes",
                "name,email\n".getBytes())).isInstanceOf(UnrecognisedFileException.class);
        byte[] huge = Arrays.copyOf(PDF, ContactDocumentUseCases.MAX_BYTES + 1);
        assertThat(Violations.pathsAndCodesThrownBy(() -> documentService.upload(advisor, "c1",
                ContactDocumentType.OTHER, "scan", huge))).containsExactly("file OUT_OF_RANGE");
        assertThatThrownBy(() -> documentService.upload(finance, "c1", ContactDocumentType.OTHER, "scan", PDF))
                .isInstanceOf(ForbiddenException.class);

        assertThat(files.stored).isEmpty();
        assertThat(documents.events()).isEmpty();
    }
}
