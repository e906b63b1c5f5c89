package fr.passerelle.agreement.model;

import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The internship certificate (attestation de stage, art. D124-9): the presence counted per D124-6 and the
 * gratification actually paid, as issued in its PDF.
 *
 * @param presenceMinutes  the presence over the internship as agreed and amended, absences removed
 * @param documentSha256   the SHA-256 of the PDF issued; null while it is being rendered
 */
public record Attestation(long presenceMinutes, long presenceDays, Money gratificationPaid, String documentSha256,
                          String issuedBy, Instant issuedAt) {

    public Attestation {
        Objects.requireNonNull(gratificationPaid, "gratificationPaid");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public Attestation withDocument(String sha256) {
        return new Attestation(presenceMinutes, presenceDays, gratificationPaid, sha256, issuedBy, issuedAt);
    }
}
