package fr.passerelle.crm.model;

import fr.passerelle.shared.model.WorkingDays;
import java.util.Objects;

/**
 * One column of a pipeline. Deals refer to it by {@code id}, so renaming or moving the column keeps their history.
 *
 * @param probability    the chance (0–100) a deal entering this stage gets, unless someone sets its own
 * @param slaWorkingDays how many working days a deal may stay here before its owner is told it is overdue; null
 *                       for no limit
 */
public record PipelineStage(String id, String name, StageKind kind, int probability, Integer slaWorkingDays) {

    public static final int MAX_SLA_WORKING_DAYS = 60;

    public PipelineStage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (probability < 0 || probability > 100) {
            throw new IllegalArgumentException("probability must be between 0 and 100");
        }
    }

    public boolean isOpen() {
        return kind == StageKind.OPEN;
    }

    PipelineStage renamed(String newName, int newProbability, Integer newSla) {
        return new PipelineStage(id, newName, kind, newProbability, newSla);
    }
}
