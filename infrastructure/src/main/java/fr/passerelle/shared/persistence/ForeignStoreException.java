package fr.passerelle.shared.persistence;

import java.nio.file.Path;

/** The dev mode was asked to open a store that was not created in dev mode (see {@link StoreMode}). */
public final class ForeignStoreException extends RuntimeException {

    ForeignStoreException(Path file, String recordedMode) {
        super("The dev mode refuses to open " + file.toAbsolutePath() + ": that store was created in "
                + recordedMode + " mode");
    }
}
