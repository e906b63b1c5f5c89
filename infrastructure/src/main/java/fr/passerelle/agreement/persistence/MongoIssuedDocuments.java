package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.IssuedDocument;
import fr.passerelle.agreement.port.out.IssuedDocuments;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * The register in MongoDB, one document per issued file keyed by its hash: a lookup is a read by {@code _id}, and
 * registering the same file again (a retried issue) saves the same document.
 */
@Repository
class MongoIssuedDocuments implements IssuedDocuments {

    private final MongoOperations mongo;

    MongoIssuedDocuments(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(IssuedDocument document) {
        mongo.save(new IssuedDocumentDocument(document.sha256(), document.reference(), document.documentVersion(),
                document.issuedAt(), document.signatures().stream()
                .map(s -> new IssuedDocumentDocument.SignedByDocument(s.role(), s.name(), s.signedAt(), s.method()))
                .toList()));
    }

    @Override
    public Optional<IssuedDocument> find(String sha256) {
        return Optional.ofNullable(mongo.findById(sha256, IssuedDocumentDocument.class))
                .map(stored -> new IssuedDocument(stored.sha256(), stored.reference(), stored.documentVersion(),
                        stored.issuedAt(), stored.signatures().stream()
                        .map(s -> new IssuedDocument.SignedBy(s.role(), s.name(), s.signedAt(), s.method()))
                        .toList()));
    }
}
