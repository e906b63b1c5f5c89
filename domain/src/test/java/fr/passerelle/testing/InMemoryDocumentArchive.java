package fr.passerelle.testing;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.port.out.DocumentArchive;
import java.util.List;
import java.util.Optional;

/** {@link DocumentArchive} in a map: a key holds the last document put under it. */
public class InMemoryDocumentArchive extends InMemoryRecords<ArchivedDocument> implements DocumentArchive {

    public InMemoryDocumentArchive() {
        super(ArchivedDocument::key);
    }

    @Override
    public void put(ArchivedDocument document) {
        super.put(document);
    }

    @Override
    public Optional<ArchivedDocument> find(String key) {
        return findById(key);
    }

    /** The keys held, in the order they were first put. */
    public List<String> keys() {
        return all().stream().map(ArchivedDocument::key).toList();
    }
}
