package fr.passerelle.agreement.port.out;

import fr.passerelle.agreement.model.IssuedDocument;
import java.util.Optional;

/** The register of sealed documents the platform issued, by the SHA-256 of their bytes. */
public interface IssuedDocuments {

    /** Records an issued document; recording the same hash again changes nothing. */
    void record(IssuedDocument document);

    Optional<IssuedDocument> find(String sha256);
}
