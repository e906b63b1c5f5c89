package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A file filed on a contact (a quote, an invoice, a signed training agreement…): its description here, its bytes in
 * {@code ContactFiles} under {@link #id()}. Deleting it removes the bytes and leaves this as a tombstone.
 *
 * @param title       a short name staff gave it (not the uploaded file name, which may say anything)
 * @param contentType the media type its content proved ({@code DocumentFormat}), never the one declared
 * @param sha256      the hash of the bytes, hex
 */
public record ContactDocument(String id, String schoolId, String contactId, ContactDocumentType type, String title,
                              String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt,
                              Instant deletedAt, List<String> mergedFrom, long version)
        implements ContactRecord<ContactDocument> {

    public ContactDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Whether erasing the person must keep it (restricted) until its retention ends. */
    public boolean isHeld() {
        return type.legalHold() != null;
    }

    public ContactDocument deleted(Instant now) {
        return isDeleted() ? this : new ContactDocument(id, schoolId, contactId, type, title, contentType, size, sha256,
                uploadedBy, uploadedAt, now, mergedFrom, version);
    }

    @Override
    public ContactDocument movedTo(String survivor) {
        return new ContactDocument(id, schoolId, survivor, type, title, contentType, size, sha256, uploadedBy,
                uploadedAt, deletedAt, MergeTrail.push(mergedFrom, contactId), version);
    }

    @Override
    public ContactDocument movedBackTo(String mergedContactId) {
        return !cameFrom(mergedContactId) ? this : new ContactDocument(id, schoolId, mergedContactId, type, title,
                contentType, size, sha256, uploadedBy, uploadedAt, deletedAt, MergeTrail.pop(mergedFrom), version);
    }
}
