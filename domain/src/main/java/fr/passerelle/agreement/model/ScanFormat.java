package fr.passerelle.agreement.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats a scanned paper signature may have, recognised by the file's first bytes (its "magic number"), never by
 * the type a client declares: the archive serves a scan under the media type its content proves.
 */
public enum ScanFormat {

    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] signature;

    ScanFormat(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format {@code content} starts with, or empty when it is none of them. */
    public static Optional<ScanFormat> of(byte[] content) {
        return Arrays.stream(values()).filter(format -> format.starts(content)).findFirst();
    }

    private boolean starts(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
