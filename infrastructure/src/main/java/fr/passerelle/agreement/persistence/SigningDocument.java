package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignatureMethod;
import java.time.Instant;
import java.util.List;

/**
 * Stored signing of an agreement or of an amendment: the circuit, the version out, and every signature ever given
 * (none is ever removed, see {@code SignedDocument}).
 */
record SigningDocument(CircuitDocument circuit, int documentVersion, String documentSha256,
                       List<SignatureDocument> signatures, boolean out) {

    /** Steps signed one after the other, each step's signatories together. */
    record CircuitDocument(List<StepDocument> steps) {
    }

    record StepDocument(List<SignatoryDocument> signatories) {
    }

    record SignatoryDocument(String id, SignatoryRole role, String name, String email, String subject,
                             DelegateDocument delegate) {
    }

    record DelegateDocument(String name, String email, String subject, String reason) {
    }

    record SignatureDocument(String signatoryId, SignatoryRole role, SignatureMethod method, String signedBy,
                             String recordedBy, Instant signedAt, int documentVersion, String documentSha256,
                             String scanSha256) {
    }
}
