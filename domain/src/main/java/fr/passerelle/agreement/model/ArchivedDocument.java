package fr.passerelle.agreement.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A file kept for good: an agreement's PDF as sent for signature, an amendment's, a certificate, a scanned paper
 * signature. The exact bytes people signed or received, so that their hash can be checked years later.
 *
 * @param key where it is kept, e.g. {@code agreement/<id>/v2} (see {@link DocumentKeys})
 */
public record ArchivedDocument(String key, String contentType, byte[] content, String sha256, Instant storedAt) {

    public ArchivedDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    // A record's equals would compare the arrays by reference.
    @Override
    public boolean equals(Object other) {
        return other instanceof ArchivedDocument that && key.equals(that.key) && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, sha256);
    }

    @Override
    public String toString() {
        return "ArchivedDocument[" + key + ", " + contentType + ", " + content.length + " bytes, " + sha256 + "]";
    }
}
