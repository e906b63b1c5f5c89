package fr.passerelle.internship.model;

import fr.passerelle.learner.model.CefrLevel;
import java.util.Objects;

/** A language an offer needs (ISO 639-1), at least at a CEFR level. */
public record LanguageRequirement(String code, CefrLevel minimumLevel) {

    public LanguageRequirement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minimumLevel, "minimumLevel");
    }
}
