package fr.passerelle.crm.service;

import fr.passerelle.agreement.model.ScanFormat;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.crm.port.in.ContactDocumentUseCases;
import fr.passerelle.crm.port.out.ContactDocuments;
import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.UnrecognisedFileException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Files documents on contacts. A file is checked before anything is kept: its size, then its first bytes (PDF, PNG or
 * JPEG, whatever type the client declared), and served later under the type its content proved. The bytes are written
 * before the description that refers to them, so a description never lacks its file (a crash in between leaves bytes
 * nothing refers to, under an id nobody knows).
 */
public class ContactDocumentService implements ContactDocumentUseCases {

    private static final String TYPE = "ContactDocument";

    private final ContactDocuments documents;
    private final ContactFiles files;
    private final TimelineEntries timeline;
    private final ContactScope scope;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public ContactDocumentService(ContactDocuments documents, ContactFiles files, TimelineEntries timeline,
                                  TimelineContacts contacts, IdGenerator ids, EventFactory events, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.timeline = timeline;
        this.scope = new ContactScope(contacts);
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ContactDocument upload(Actor actor, String contactId, ContactDocumentType type, String title,
                                  byte[] content) {
        String schoolId = scope.workable(actor, contactId);
        if (content == null || content.length == 0) {
            throw BusinessRuleViolation.of("file", ErrorCode.REQUIRED, "error.value.required");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessRuleViolation.of("file", ErrorCode.OUT_OF_RANGE, "error.contact-document.too-large",
                    MAX_BYTES / (1024 * 1024));
        }
        ScanFormat format = ScanFormat.of(content).orElseThrow(() -> new UnrecognisedFileException("file",
                "error.file.not-scan"));
        Checks checks = new Checks();
        checks.required("type", type);
        String cleanTitle = checks.text("title", title, Limits.NAME);
        checks.throwIfAny();
        Instant now = clock.instant();
        ContactDocument document = new ContactDocument(ids.newId(), schoolId, contactId, type, cleanTitle,
                format.mediaType(), content.length, Sha256.of(content), actor.subject(), now, null, List.of(), 0);
        files.put(document.id(), content);
        ContactDocument stored = documents.insert(document, events.created(CrmTimelineEvents.DOCUMENT_ADDED,
                actor.initiatorFor(Tenant.school(schoolId)), document, CrmTimelineEvents.attributesOf(document)));
        timeline.record(TimelineProjector.entryOf(stored));
        return stored;
    }

    @Override
    public ContactDocument delete(Actor actor, String documentId, Long expectedVersion) {
        ContactDocument deleted = new VersionedChange<ContactDocument>(() -> {
            ContactDocument document = readable(actor, documentId)
                    .orElseThrow(() -> new NotFoundException(TYPE, documentId));
            CrmAccess.requireWork(actor, document.schoolId());
            return document;
        }, ContactDocument::version, (before, after) -> documents.update(after, events.changed(
                CrmTimelineEvents.DOCUMENT_DELETED, actor.initiatorFor(Tenant.school(after.schoolId())), before,
                after, CrmTimelineEvents.attributesOf(after))))
                .apply(expectedVersion, document -> document.deleted(clock.instant()));
        // After the tombstone: a crash in between leaves bytes no download serves, removed on the next delete.
        files.delete(deleted.id());
        timeline.remove(TimelineEntry.keyOf(TimelineEntryKind.DOCUMENT, deleted.id()));
        return deleted;
    }

    @Override
    public Page<ContactDocument> ofContact(Actor actor, String contactId, Paging paging) {
        String schoolId = scope.readable(actor, contactId);
        return documents.page(schoolId, contactId, CrmAccess.readableDocuments(actor, schoolId), paging);
    }

    @Override
    public Optional<DocumentFile> download(Actor actor, String documentId) {
        return readable(actor, documentId).flatMap(document -> files.find(document.id())
                .map(content -> new DocumentFile(document, content)));
    }

    @Override
    public List<ContactDocument> findAll(Actor actor, Collection<String> ids) {
        return documents.findAllById(ids).stream().filter(d -> !d.isDeleted() && readableBy(actor, d)).toList();
    }

    private Optional<ContactDocument> readable(Actor actor, String documentId) {
        return (documentId == null ? Optional.<ContactDocument>empty() : documents.findById(documentId))
                .filter(d -> !d.isDeleted() && readableBy(actor, d));
    }

    /** Of its school's CRM readers, finance sees only the commercial documents; to the others it is missing. */
    private static boolean readableBy(Actor actor, ContactDocument document) {
        return CrmAccess.readableDocuments(actor, document.schoolId()).contains(document.type());
    }
}
