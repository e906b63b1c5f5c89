package fr.passerelle.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages people read Passerelle in. French is the platform's first language and everyone's default. */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = FR;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a locale ({@code en-GB} is English), if Passerelle speaks it. */
    public static Optional<Language> of(Locale locale) {
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(locale.getLanguage())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
