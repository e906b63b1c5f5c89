package fr.passerelle.learner.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a student file import.
 *
 * @param maxFileSize the largest file accepted ({@code passerelle.import.max-file-size}, default 5MB); the upload
 *                    endpoint answers 413 above it
 */
@ConfigurationProperties("passerelle.import")
public record RosterImportSettings(DataSize maxFileSize) {

    public RosterImportSettings {
        maxFileSize = maxFileSize != null && maxFileSize.toBytes() > 0 ? maxFileSize : DataSize.ofMegabytes(5);
    }
}
