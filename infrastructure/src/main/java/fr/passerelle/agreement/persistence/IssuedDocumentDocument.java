package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignatureMethod;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An entry of the register of issued documents, under the SHA-256 of the file. */
@Document("issued_documents")
record IssuedDocumentDocument(@Id String sha256, String reference, int documentVersion, Instant issuedAt,
                              List<SignedByDocument> signatures) {

    record SignedByDocument(SignatoryRole role, String name, Instant signedAt, SignatureMethod method) {
    }
}
