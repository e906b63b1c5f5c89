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
 * MécaFormation Lyon's automations, enabled: a deal moved to « En attente de financement » (a stage of the default
 * pipeline, whose ids are fixed) gets the task « Vérifier le dossier de financement », due in 2 working days, for the
 * deal's owner; a contact who has not replied 5 working days after staff last reached out is tagged
 * {@code sans-reponse} and Bruno Méca gets the task « Relancer le contact sans réponse »; a confirmed enrollment tags
 * its contact {@code inscrit} and gives Bruno Méca the task « Préparer l'accueil de l'apprenant ». Seeded like the rest of the
 * demo data: each only when missing.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoAutomations implements ApplicationRunner {

    static final String FUNDING_RULE = "demo-rule-mecaformation-funding";
    static final String NO_REPLY_RULE = "demo-rule-mecaformation-no-reply";
    static final String WELCOME_RULE = "demo-rule-mecaformation-welcome";

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
        seed(FUNDING_RULE, new AutomationRuleDraft("Dossier de financement à vérifier",
                AutomationTrigger.DEAL_MOVED, null,
                List.of(new AutomationRuleDraft.ConditionDraft(AutomationCondition.Field.EVENT_TO_STAGE,
                        DefaultPipeline.AWAITING_FUNDING)),
                List.of(new AutomationRuleDraft.ActionDraft(AutomationAction.Kind.CREATE_TASK, null,
                        "Vérifier le dossier de financement", 2))));
        seed(NO_REPLY_RULE, new AutomationRuleDraft("Relance après 5 jours sans réponse",
                AutomationTrigger.CONTACT_NO_REPLY, 5, List.of(),
                List.of(new AutomationRuleDraft.ActionDraft(AutomationAction.Kind.ADD_TAG, "sans-reponse", null, null),
                        new AutomationRuleDraft.ActionDraft(AutomationAction.Kind.CREATE_TASK,
                                DemoPersona.SCHOOL_ADMIN_B.subject(), "Relancer le contact sans réponse", 1))));
        seed(WELCOME_RULE, new AutomationRuleDraft("Accueil des apprenants confirmés",
                AutomationTrigger.ENROLLMENT_CONFIRMED, null, List.of(),
                List.of(new AutomationRuleDraft.ActionDraft(AutomationAction.Kind.ADD_TAG, "inscrit", null, null),
                        new AutomationRuleDraft.ActionDraft(AutomationAction.Kind.CREATE_TASK,
                                DemoPersona.SCHOOL_ADMIN_B.subject(), "Préparer l'accueil de l'apprenant", 2))));
    }

    private void seed(String id, AutomationRuleDraft draft) {
        if (rules.findById(id).isPresent()) {
            return;
        }
        AutomationRule rule = AutomationRule.create(id, DemoData.SCHOOL_B, draft.validate(), "system:demo-data",
                clock.instant()).withEnabled(true, clock.instant());
        try {
            rules.insert(rule, events.created(AutomationRuleEvents.CREATED, Initiator.system(), rule,
                    AutomationRuleEvents.attributesOf(rule)));
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            // Seeded meanwhile: nothing to do.
        }
    }
}
