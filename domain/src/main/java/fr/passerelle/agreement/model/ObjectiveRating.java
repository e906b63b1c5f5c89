package fr.passerelle.agreement.model;

import java.util.Objects;

/** The tutor's rating of one objective in an evaluation. */
public record ObjectiveRating(String objectiveId, Level level, String comment) {

    public ObjectiveRating {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(level, "level");
    }

    /** How far the intern reached the objective. */
    public enum Level {
        NOT_ACQUIRED, IN_PROGRESS, ACQUIRED, MASTERED
    }
}
