package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationFacts;
import java.util.Collection;
import java.util.List;

/**
 * Reads what an event concerns in the school's CRM (its deal, its contact) for a rule's conditions and actions: the
 * deals and contacts parts' out-ports behind one narrow read.
 */
public interface AutomationSubjects {

    /** The facts of the deal and contact the event concerns, in its school; {@link AutomationFacts#NONE} if none. */
    AutomationFacts factsOf(AutomationEvent event);

    /** The facts of each event, in order, read together (a dry run judges up to a few hundred events). */
    List<AutomationFacts> factsOf(List<AutomationEvent> events);

    /** Whether each stage id names a stage of one of the school's pipelines. */
    boolean stagesExist(String schoolId, Collection<String> stageIds);

    /** Whether each id names one of the school's pipelines. */
    boolean pipelinesExist(String schoolId, Collection<String> pipelineIds);

    /** Whether the subject is staff who may work in the school's CRM (an owner or a notified person must be). */
    boolean isStaff(String schoolId, String subject);
}
