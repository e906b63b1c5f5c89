package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.TimelineEntry;
import java.util.List;

/** The GraphQL views of a contact's timeline, its interactions, notes and documents, and their payloads. */
public final class CrmTimelineViews {

    /** The contacts part's node type, whose global ids the timeline's arguments take. */
    public static final String CONTACT = "Contact";

    private CrmTimelineViews() {
    }

    /** GraphQL {@code Interaction}. */
    public record InteractionView(String id, Interaction interaction) {

        public static final String TYPE = "Interaction";

        static InteractionView of(Interaction interaction) {
            return new InteractionView(GlobalIds.encode(TYPE, interaction.id()), interaction);
        }

        public String kind() {
            return interaction.kind().name();
        }

        public String direction() {
            return interaction.direction().name();
        }

        public String outcome() {
            return interaction.outcome().name();
        }

        public java.time.Instant occurredAt() {
            return interaction.occurredAt();
        }

        public String summary() {
            return interaction.summary();
        }

        public java.time.Instant loggedAt() {
            return interaction.loggedAt();
        }
    }

    /** GraphQL {@code Note}; {@code mine} is resolved for the reader. */
    public record NoteView(String id, Note note) {

        public static final String TYPE = "Note";

        static NoteView of(Note note) {
            return new NoteView(GlobalIds.encode(TYPE, note.id()), note);
        }

        public String text() {
            return note.text();
        }

        public boolean pinned() {
            return note.pinned();
        }

        public java.time.Instant createdAt() {
            return note.createdAt();
        }

        public java.time.Instant updatedAt() {
            return note.updatedAt();
        }

        public long version() {
            return note.version();
        }
    }

    /** GraphQL {@code ContactDocument}; {@code downloadLink} is resolved for the reader. */
    public record ContactDocumentView(String id, ContactDocument document) {

        public static final String TYPE = "ContactDocument";

        static ContactDocumentView of(ContactDocument document) {
            return new ContactDocumentView(GlobalIds.encode(TYPE, document.id()), document);
        }

        public String type() {
            return document.type().name();
        }

        public String title() {
            return document.title();
        }

        public String contentType() {
            return document.contentType();
        }

        public long size() {
            return document.size();
        }

        public String sha256() {
            return document.sha256();
        }

        public java.time.Instant uploadedAt() {
            return document.uploadedAt();
        }

        public long version() {
            return document.version();
        }
    }

    /** GraphQL {@code TimelineEntry}: equal by id, for the subject's batch loader. */
    public record TimelineEntryView(String id, String kind, String label, java.time.Instant occurredAt,
                                    String subjectType, String subjectId, String localSubjectId) {

        static TimelineEntryView of(TimelineEntry entry) {
            return new TimelineEntryView(entry.id(), entry.kind().name(), entry.label(), entry.occurredAt(),
                    entry.subjectType(), GlobalIds.encode(entry.subjectType(), entry.subjectId()), entry.subjectId());
        }
    }

    /** GraphQL {@code InteractionLogPayload}. */
    record InteractionLogPayload(List<UserErrorView> userErrors, InteractionView interaction) {

        static InteractionLogPayload of(List<UserErrorView> userErrors, Interaction interaction) {
            return new InteractionLogPayload(userErrors, interaction == null ? null : InteractionView.of(interaction));
        }
    }

    /** GraphQL {@code NotePayload}. */
    record NotePayload(List<UserErrorView> userErrors, NoteView note) {

        static NotePayload of(List<UserErrorView> userErrors, Note note) {
            return new NotePayload(userErrors, note == null ? null : NoteView.of(note));
        }
    }

    /** GraphQL {@code NoteDeletePayload}. */
    record NoteDeletePayload(List<UserErrorView> userErrors, String deletedNoteId) {

        static NoteDeletePayload of(List<UserErrorView> userErrors, Note note) {
            return new NoteDeletePayload(userErrors, note == null ? null : GlobalIds.encode(NoteView.TYPE, note.id()));
        }
    }

    /** GraphQL {@code ContactDocumentDeletePayload}. */
    record ContactDocumentDeletePayload(List<UserErrorView> userErrors, String deletedDocumentId) {

        static ContactDocumentDeletePayload of(List<UserErrorView> userErrors, ContactDocument document) {
            return new ContactDocumentDeletePayload(userErrors,
                    document == null ? null : GlobalIds.encode(ContactDocumentView.TYPE, document.id()));
        }
    }
}
