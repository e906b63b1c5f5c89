package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Files filed on contacts: quotes, invoices, training agreements, ID proofs… */
public interface ContactDocumentUseCases {

    /** The largest file accepted: a scanned multi-page agreement fits, a video does not. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /** A document with its bytes, for download. */
    record DocumentFile(ContactDocument document, byte[] content) {
    }

    /** Files a PDF, PNG or JPEG (recognised by its content) of at most {@link #MAX_BYTES} on the contact. */
    ContactDocument upload(Actor actor, String contactId, ContactDocumentType type, String title, byte[] content);

    /** Removes the file; the description stays as a tombstone (the event says who and when). */
    ContactDocument delete(Actor actor, String documentId, Long expectedVersion);

    /**
     * The contact's documents, newest first.
     *
     * @throws fr.passerelle.shared.error.NotFoundException for a contact the actor may not read, as for a missing one
     */
    Page<ContactDocument> ofContact(Actor actor, String contactId, Paging paging);

    /** The document and its bytes, when the actor may read it; empty otherwise, as for a missing one. */
    Optional<DocumentFile> download(Actor actor, String documentId);

    List<ContactDocument> findAll(Actor actor, Collection<String> ids);
}
