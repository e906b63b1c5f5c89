package fr.passerelle.enrollment.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded version of a dossier document: its description here, its bytes in the file store under {@link #key()}.
 *
 * @param contentType the media type its content proved (PDF, PNG or JPEG), never the one declared
 * @param sha256      the hash of the bytes, hex: the same bytes uploaded twice are one version
 */
public record DossierFile(String key, String contentType, long size, String sha256, String uploadedBy,
                          Instant uploadedAt) {

    public DossierFile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** Where the bytes of a document's version with this hash are kept. */
    public static String keyOf(String documentId, String sha256) {
        return "dossier/" + documentId + "/" + sha256;
    }
}
