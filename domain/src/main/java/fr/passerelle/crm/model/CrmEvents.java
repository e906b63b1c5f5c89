package fr.passerelle.crm.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The events of pipelines, deals and tasks, and their attributes: ids only (the school routes them to its webhooks
 * and automations; the contact and deal let subscribers re-read what they need).
 *
 * <p>A move emits one event: {@link #DEAL_WON} into a WON stage, {@link #DEAL_LOST} into a LOST one,
 * {@link #DEAL_MOVED} otherwise; a subscriber of every move accepts the three.
 */
public final class CrmEvents {

    public static final String PIPELINE_CREATED = "pipeline.created";
    public static final String PIPELINE_CHANGED = "pipeline.changed";
    public static final String DEAL_CREATED = "deal.created";
    public static final String DEAL_UPDATED = "deal.updated";
    public static final String DEAL_MOVED = "deal.moved";
    public static final String DEAL_WON = "deal.won";
    public static final String DEAL_LOST = "deal.lost";
    public static final String TASK_CREATED = "task.created";
    public static final String TASK_UPDATED = "task.updated";
    public static final String TASK_COMPLETED = "task.completed";
    /** An open task passed its due time: recorded once per due time (see {@code Task.passedDue}). */
    public static final String TASK_OVERDUE = "task.overdue";

    public static final String SCHOOL = "schoolId";
    public static final String PIPELINE = "pipelineId";
    public static final String DEAL = "dealId";
    public static final String CONTACT = "contactId";
    public static final String TASK = "taskId";
    public static final String STAGE = "stageId";
    /** On a move: the stage the deal left. */
    public static final String FROM_STAGE = "fromStageId";

    private CrmEvents() {
    }

    public static String moveType(StageKind reached) {
        return switch (reached) {
            case OPEN -> DEAL_MOVED;
            case WON -> DEAL_WON;
            case LOST -> DEAL_LOST;
        };
    }

    public static Map<String, String> of(Pipeline pipeline) {
        return Map.of(SCHOOL, pipeline.schoolId(), PIPELINE, pipeline.id());
    }

    public static Map<String, String> of(Deal deal) {
        return Map.of(SCHOOL, deal.schoolId(), DEAL, deal.id(), CONTACT, deal.contactId(),
                PIPELINE, deal.pipelineId(), STAGE, deal.stageId());
    }

    /** A move's attributes: the deal's, and the stage it left. */
    public static Map<String, String> ofMove(Deal before, Deal after) {
        Map<String, String> attributes = new HashMap<>(of(after));
        attributes.put(FROM_STAGE, before.stageId());
        return attributes;
    }

    public static Map<String, String> of(Task task) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(SCHOOL, task.schoolId());
        attributes.put(TASK, task.id());
        if (task.contactId() != null) {
            attributes.put(CONTACT, task.contactId());
        }
        if (task.dealId() != null) {
            attributes.put(DEAL, task.dealId());
        }
        return attributes;
    }
}
