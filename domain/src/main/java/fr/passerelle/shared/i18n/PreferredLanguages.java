package fr.passerelle.shared.i18n;

import java.util.Optional;

/** The language a person chose to read Passerelle in, if they chose one. */
public interface PreferredLanguages {

    /** @param subject a token subject */
    Optional<Language> of(String subject);
}
