package fr.passerelle.agreement.port.out;

import fr.passerelle.agreement.model.Signatory;
import java.time.Instant;
import java.util.Objects;

/**
 * Electronic signatures. The default signs in-platform: the signatory's authenticated click, timestamped, over the
 * document's hash. A qualified provider (Yousign, DocuSign…) plugs in here without the workflow changing.
 */
public interface SignatureProvider {

    /**
     * Signs {@code documentSha256} for {@code signatory}, as the authenticated {@code signerSubject}.
     *
     * @throws fr.passerelle.shared.validation.BusinessRuleViolation when the provider refuses
     */
    SignatureProof sign(SignatureRequest request);

    /** What is being signed, by whom. */
    record SignatureRequest(String documentId, int documentVersion, String documentSha256, Signatory signatory,
                            String signerSubject, String signerName) {

        public SignatureRequest {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(documentSha256, "documentSha256");
            Objects.requireNonNull(signatory, "signatory");
            Objects.requireNonNull(signerSubject, "signerSubject");
        }
    }

    /** The provider's record of the signature: when, and under what name. */
    record SignatureProof(Instant signedAt, String signedBy) {

        public SignatureProof {
            Objects.requireNonNull(signedAt, "signedAt");
            Objects.requireNonNull(signedBy, "signedBy");
        }
    }
}
