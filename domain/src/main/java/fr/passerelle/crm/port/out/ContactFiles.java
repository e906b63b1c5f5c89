package fr.passerelle.crm.port.out;

import java.util.Optional;

/** The bytes of contact documents, by document id. Files are not aggregates: no version, no event. */
public interface ContactFiles {

    /** Keeps the bytes under the document's id (written before the document refers to them). */
    void put(String documentId, byte[] content);

    Optional<byte[]> find(String documentId);

    /** Removes them; nothing to remove is fine. */
    void delete(String documentId);
}
