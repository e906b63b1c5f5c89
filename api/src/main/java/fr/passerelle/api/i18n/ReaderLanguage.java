package fr.passerelle.api.i18n;

import fr.passerelle.shared.i18n.Language;
import java.util.function.Supplier;

/**
 * One request's reader language, looked up the first time something is written for them and then kept: a request
 * that renders no message never reads the caller's preference, one that renders many reads it once.
 */
public final class ReaderLanguage {

    private final Supplier<Language> resolution;
    private volatile Language language;

    ReaderLanguage(Supplier<Language> resolution) {
        this.resolution = resolution;
    }

    public Language get() {
        Language resolved = language;
        if (resolved == null) {
            resolved = resolution.get();
            language = resolved;
        }
        return resolved;
    }
}
