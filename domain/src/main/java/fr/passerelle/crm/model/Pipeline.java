package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.WorkingDays;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's sales pipeline, as data: its ordered stages. Each school has a few (one per programme or per target);
 * the default one is seeded from the product documents on first use ({@link DefaultPipeline}).
 */
public record Pipeline(String id, String schoolId, String name, List<PipelineStage> stages, String createdBy,
                       Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    /** Pipelines per school: one per programme or target is a handful, a board list stays one short page. */
    public static final int MAX_PER_SCHOOL = 10;
    /** Stages per pipeline: a board wider than this is no longer read at a glance. */
    public static final int MAX_STAGES = 20;

    public Pipeline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(name, "name");
        stages = List.copyOf(stages);
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw new IllegalArgumentException("a pipeline has 1 to " + MAX_STAGES + " stages");
        }
        if (stages.stream().map(PipelineStage::id).distinct().count() != stages.size()) {
            throw new IllegalArgumentException("stage ids repeat");
        }
    }

    public static Pipeline create(String id, String schoolId, String name, List<PipelineStage> stages,
                                  String createdBy, Instant now) {
        return new Pipeline(id, schoolId, name, stages, createdBy, now, now, 0);
    }

    public Optional<PipelineStage> stage(String stageId) {
        return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst();
    }

    /** The stage, or a user error on {@code path} naming it unknown. */
    public PipelineStage requireStage(String path, String stageId) {
        return stage(stageId).orElseThrow(() -> BusinessRuleViolation.of(path, ErrorCode.INVALID,
                "error.crm.stage-unknown"));
    }

    /** The first open stage: where a new deal starts unless told otherwise. */
    public PipelineStage firstOpenStage() {
        return stages.stream().filter(PipelineStage::isOpen).findFirst().orElse(stages.get(0));
    }

    /** A new stage at {@code position} (0-based; null or past the end appends). */
    public Pipeline withStageAdded(PipelineStage stage, Integer position, Instant now) {
        if (stages.size() >= MAX_STAGES) {
            throw BusinessRuleViolation.of("", ErrorCode.OUT_OF_RANGE, "error.crm.too-many-stages", MAX_STAGES);
        }
        List<PipelineStage> next = new ArrayList<>(stages);
        int at = position == null || position > next.size() ? next.size() : Math.max(0, position);
        next.add(at, stage);
        return with(next, now);
    }

    /** The stage with a new name, probability and service-level delay; its id, kind and deals' history stay. */
    public Pipeline withStageChanged(String stageId, String newName, int probability, Integer slaWorkingDays,
                                     Instant now) {
        PipelineStage changed = requireStage("stageId", stageId).renamed(newName, probability, slaWorkingDays);
        return with(stages.stream().map(s -> s.id().equals(stageId) ? changed : s).toList(), now);
    }

    /** The same stages in a new order: {@code stageIds} must name each stage once. */
    public Pipeline withStagesOrdered(List<String> stageIds, Instant now) {
        if (stageIds.size() != stages.size() || !new HashSet<>(stageIds).equals(
                new HashSet<>(stages.stream().map(PipelineStage::id).toList()))) {
            throw BusinessRuleViolation.of("stageIds", ErrorCode.INVALID, "error.crm.stage-order");
        }
        return with(stageIds.stream().map(this::stage).map(Optional::orElseThrow).toList(), now);
    }

    /**
     * Without the stage. @param dealsInStage how many of the school's deals are in it: a stage in use stays (its
     * deals would lose their place), and so does the last stage, or the last one of its kind among WON stages.
     */
    public Pipeline withStageRemoved(String stageId, long dealsInStage, Instant now) {
        requireStage("stageId", stageId);
        if (dealsInStage > 0) {
            throw BusinessRuleViolation.of("stageId", ErrorCode.INVALID_STATE, "error.crm.stage-in-use",
                    dealsInStage);
        }
        if (stages.size() == 1) {
            throw BusinessRuleViolation.of("stageId", ErrorCode.INVALID_STATE, "error.crm.last-stage");
        }
        return with(stages.stream().filter(s -> !s.id().equals(stageId)).toList(), now);
    }

    private Pipeline with(List<PipelineStage> newStages, Instant now) {
        return new Pipeline(id, schoolId, name, newStages, createdBy, createdAt, now, version);
    }
}
