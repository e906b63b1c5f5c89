package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.List;

/**
 * The pipeline every school starts with, from the product documents (« CRM Formation »): Découverte, Intéressé,
 * À relancer (a prospect left there more than 3 working days is overdue), En attente de financement, Confirmé, and
 * Perdu (with a reason). Its id is derived from the school, so two first writes at once store it once; until then it
 * is read without being stored.
 */
public final class DefaultPipeline {

    public static final String DISCOVERY = "discovery";
    public static final String INTERESTED = "interested";
    public static final String FOLLOW_UP = "follow-up";
    public static final String AWAITING_FUNDING = "awaiting-funding";
    public static final String CONFIRMED = "confirmed";
    public static final String LOST = "lost";
    /** "Relancer sous 3 jours ouvrés": the product documents' rhythm of follow-ups. */
    public static final int FOLLOW_UP_SLA_WORKING_DAYS = 3;

    private DefaultPipeline() {
    }

    private static final String ID_PREFIX = "default-";

    public static String idFor(String schoolId) {
        return ID_PREFIX + schoolId;
    }

    /** The school whose default pipeline {@code id} names; null when it names none. */
    public static String schoolOf(String id) {
        return id != null && id.startsWith(ID_PREFIX) && id.length() > ID_PREFIX.length()
                ? id.substring(ID_PREFIX.length()) : null;
    }

    public static Pipeline of(String schoolId, Instant now) {
        return Pipeline.create(idFor(schoolId), schoolId, "Inscriptions", List.of(
                new PipelineStage(DISCOVERY, "Découverte", StageKind.OPEN, 10, null),
                new PipelineStage(INTERESTED, "Intéressé", StageKind.OPEN, 30, null),
                new PipelineStage(FOLLOW_UP, "À relancer", StageKind.OPEN, 40, FOLLOW_UP_SLA_WORKING_DAYS),
                new PipelineStage(AWAITING_FUNDING, "En attente de financement", StageKind.OPEN, 70, null),
                new PipelineStage(CONFIRMED, "Confirmé", StageKind.WON, 100, null),
                new PipelineStage(LOST, "Perdu", StageKind.LOST, 0, null)), "system", now);
    }
}
