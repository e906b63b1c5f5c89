package fr.passerelle.api.rest;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.shared.error.NotFoundException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A kept file as a download (an agreement's or a training contract's PDF, a scan): inline, never cached, its SHA-256
 * in {@code Repr-Digest} (RFC 9530) and the ETag, the hash signatures record. A file not found (or not readable by
 * the caller) is a 404 like a missing one.
 */
public final class ArchivedFiles {

    private ArchivedFiles() {
    }

    public static ResponseEntity<byte[]> download(Optional<ArchivedDocument> found) {
        ArchivedDocument document = found.orElseThrow(() -> new NotFoundException("Document", "requested"));
        String fileName = document.key().replace('/', '-') + FileExtensions.of(document.contentType());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(document.sha256())) + ":")
                .eTag(document.sha256())
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }
}
