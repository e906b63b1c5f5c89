package fr.passerelle.agreement.port.out;

import fr.passerelle.agreement.model.ArchivedDocument;
import java.util.Optional;

/** Where documents are kept, by key. */
public interface DocumentArchive {

    /**
     * Keeps the document under its key, replacing what was there: a key is only reused before anything refers to
     * it (a version whose sending failed is rendered again), never after.
     */
    void put(ArchivedDocument document);

    Optional<ArchivedDocument> find(String key);
}
