package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.AutomationDryRun;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRuleDraft;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A school's automation rules: configured by its admins, read by whoever reads its CRM (see
 * {@link fr.passerelle.crm.service.CrmAccess}); to anyone else a rule looks missing and a school has none.
 */
public interface AutomationRuleUseCases {

    /** A school keeps at most this many rules (deleted ones aside). */
    int MAX_PER_SCHOOL = 50;

    /** A new rule, disabled until enabled (read its dry run first). */
    AutomationRule create(Actor actor, String schoolId, AutomationRuleDraft draft);

    /** Replaces the rule's definition (name, trigger, conditions, actions); it stays enabled or disabled. */
    AutomationRule update(Actor actor, String ruleId, AutomationRuleDraft draft, Long expectedVersion);

    AutomationRule enable(Actor actor, String ruleId, Long expectedVersion);

    AutomationRule disable(Actor actor, String ruleId, Long expectedVersion);

    /** Deletes the rule: it runs no more and is no longer listed; its runs stay readable by id. */
    AutomationRule delete(Actor actor, String ruleId, Long expectedVersion);

    Optional<AutomationRule> find(Actor actor, String ruleId);

    /** The rules among the ids the actor may read (one read). */
    List<AutomationRule> findAll(Actor actor, Collection<String> ruleIds);

    /** The school's rules, oldest first; none when the actor may not read its CRM. */
    List<AutomationRule> ofSchool(Actor actor, String schoolId);

    /** The rule's runs, newest first. @throws fr.passerelle.shared.error.NotFoundException if not readable */
    Page<AutomationRun> runs(Actor actor, String ruleId, Paging paging);

    /** What the definition would have done over the school's last 30 days of events; nothing stored or changed. */
    AutomationDryRun dryRun(Actor actor, String schoolId, AutomationRuleDraft draft);
}
