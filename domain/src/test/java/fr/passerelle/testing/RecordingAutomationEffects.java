package fr.passerelle.testing;

import fr.passerelle.crm.model.AutomationCause;
import fr.passerelle.crm.port.out.AutomationEffects;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AutomationEffects} that records each call as a line (kind, ids, the cause's rule and chain depth), and
 * refuses moves to the stage {@link #REFUSED_STAGE}, as the deals part refuses a stage of another pipeline.
 */
public class RecordingAutomationEffects implements AutomationEffects {

    public static final String REFUSED_STAGE = "stage-of-another-pipeline";

    private final List<String> calls = new ArrayList<>();
    private final List<AutomationCause> causes = new ArrayList<>();

    @Override
    public String moveDeal(String schoolId, String dealId, String stageId, AutomationCause cause) {
        if (REFUSED_STAGE.equals(stageId)) {
            throw BusinessRuleViolation.of("stageId", ErrorCode.INVALID, "error.deal.stage-of-another-pipeline");
        }
        return record("DEAL_MOVED:" + dealId + ":" + stageId, cause);
    }

    @Override
    public String assignOwner(String schoolId, String dealId, String ownerSubject, AutomationCause cause) {
        return record("DEAL_ASSIGNED:" + dealId + ":" + ownerSubject, cause);
    }

    @Override
    public String createTask(String schoolId, String dealId, String contactId, String title, Instant dueAt,
                             String ownerSubject, AutomationCause cause, String key) {
        return record("TASK_CREATED:" + dealId + ":" + title + ":" + dueAt + ":" + ownerSubject, cause);
    }

    @Override
    public String addTag(String schoolId, String contactId, String tag, AutomationCause cause) {
        return record("TAG_ADDED:" + contactId + ":" + tag, cause);
    }

    @Override
    public String removeTag(String schoolId, String contactId, String tag, AutomationCause cause) {
        return record("TAG_REMOVED:" + contactId + ":" + tag, cause);
    }

    @Override
    public String notifyStaff(String schoolId, String subject, String dealId, String contactId,
                              AutomationCause cause, String key) {
        return record("NOTIFIED:" + subject, cause);
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public List<AutomationCause> causes() {
        return List.copyOf(causes);
    }

    private String record(String line, AutomationCause cause) {
        calls.add(line);
        causes.add(cause);
        return line;
    }
}
