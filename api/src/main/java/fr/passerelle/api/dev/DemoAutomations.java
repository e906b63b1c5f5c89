package fr.passerelle.api.dev;

import fr.passerelle.crm.model.AutomationAction;
import fr.passerelle.crm.model.AutomationCondition;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRuleDraft;
import fr.passerelle.crm.model.AutomationRuleEvents;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * MécaFormation Lyon's automation, enabled: a deal moved to « En attente de financement » (a stage of the default
 * pipeline, whose ids are fixed) gets the task « Vérifier le dossier de financement », due in 2 working days, for the
 * deal's owner. Seeded like the rest of the demo data: only when missing.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoAutomations implements ApplicationRunner {

    static final String FUNDING_RULE = "demo-rule-mecaformation-funding";

    private final AutomationRules rules;
    private final EventFactory events;
    private final Clock clock;

    DemoAutomations(AutomationRules rules, EventFactory events, Clock clock) {
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rules.findById(FUNDING_RULE).isPresent()) {
            return;
        }
        AutomationRuleDraft.Valid definition = new AutomationRuleDraft("Dossier de financement à vérifier",
                AutomationTrigger.DEAL_MOVED, null,
                List.of(new AutomationRuleDraft.ConditionDraft(AutomationCondition.Field.EVENT_TO_STAGE,
                        DefaultPipeline.AWAITING_FUNDING)),
                List.of(new AutomationRuleDraft.ActionDraft(AutomationAction.Kind.CREATE_TASK, null,
                        "Vérifier le dossier de financement", 2))).validate();
        AutomationRule rule = AutomationRule.create(FUNDING_RULE, DemoData.SCHOOL_B, definition, "system:demo-data",
                clock.instant()).withEnabled(true, clock.instant());
        try {
            rules.insert(rule, events.created(AutomationRuleEvents.CREATED, Initiator.system(), rule,
                    AutomationRuleEvents.attributesOf(rule)));
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            // Seeded meanwhile: nothing to do.
        }
    }
}
