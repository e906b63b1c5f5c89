package fr.passerelle.agreement.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A document the platform issued and sealed, as a verification may tell it to anyone who holds the file: which
 * agreement and version, and the signatures as the document itself prints them. Nothing else (no e-mail, no account,
 * no scan): whoever asks has the document, and learns nothing it does not show.
 *
 * @param sha256    the SHA-256 of the issued file (hex)
 * @param reference the agreement's reference as printed ("agr-2026-0042")
 */
public record IssuedDocument(String sha256, String reference, int documentVersion, Instant issuedAt,
                             List<SignedBy> signatures) {

    public IssuedDocument {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(issuedAt, "issuedAt");
        signatures = List.copyOf(signatures);
    }

    /** One signature as the signature page prints it. */
    public record SignedBy(SignatoryRole role, String name, Instant signedAt, SignatureMethod method) {

        public SignedBy {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(signedAt, "signedAt");
            Objects.requireNonNull(method, "method");
        }
    }
}
