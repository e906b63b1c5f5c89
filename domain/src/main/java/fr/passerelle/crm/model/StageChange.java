package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of a deal: who (a staff subject, or {@code system} for an automation), when, from which stage (null for
 * the stage it was created in) to which, and the rule that made it when it was not made by hand. Stages are named by
 * id, so a renamed or reordered stage keeps its history.
 */
public record StageChange(String fromStageId, String toStageId, String by, Instant at, AutomationOrigin automation) {

    public StageChange {
        Objects.requireNonNull(toStageId, "toStageId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
