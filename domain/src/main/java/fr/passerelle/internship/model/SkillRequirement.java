package fr.passerelle.internship.model;

import fr.passerelle.learner.model.ProficiencyLevel;
import java.util.Objects;

/** A skill of the catalog an offer asks for, at least at some level. */
public record SkillRequirement(String code, ProficiencyLevel minimumLevel) {

    public SkillRequirement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minimumLevel, "minimumLevel");
    }
}
