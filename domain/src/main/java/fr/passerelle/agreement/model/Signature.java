package fr.passerelle.agreement.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One signature, never erased: re-sending a new version of the document adds signatures of that version beside the
 * earlier ones.
 *
 * @param documentSha256 the SHA-256 of the exact document signed (hex)
 * @param documentVersion which version of the agreement's document
 * @param signedBy       the name of who actually signed (the delegate, when delegated)
 * @param recordedBy     the account that signed, or that recorded a paper signature
 * @param scanSha256     for a paper signature, the SHA-256 of the scanned copy kept; null otherwise
 */
public record Signature(String signatoryId, SignatoryRole role, SignatureMethod method, String signedBy,
                        String recordedBy, Instant signedAt, int documentVersion, String documentSha256,
                        String scanSha256) {

    public Signature {
        Objects.requireNonNull(signatoryId, "signatoryId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(documentSha256, "documentSha256");
        if (method == SignatureMethod.PAPER && scanSha256 == null) {
            throw new IllegalArgumentException("a paper signature keeps its scanned copy");
        }
    }
}
