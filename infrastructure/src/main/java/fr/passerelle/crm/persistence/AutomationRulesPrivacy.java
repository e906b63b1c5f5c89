package fr.passerelle.crm.persistence;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Automation rules are a school's configuration. Their only personal data are staff: the admin who created a rule,
 * and the staff members its actions and conditions name (an owner to assign, a task's owner, someone to notify, the
 * task owner a {@code TASK_OWNER} condition tests). Their runs and the
 * events they keep hold ids only (no provider needed; see {@code PersonalDataCoverageTest}).
 *
 * <ul>
 *   <li>Export: the rules a person created or whose actions or conditions name them.</li>
 *   <li>Erasure: their subject becomes their pseudonym in all three places; a rule naming a pseudonym then fails its
 *       runs (the pseudonym works no CRM) or never holds, which its run log shows the admins, who name someone
 *       else.</li>
 * </ul>
 */
@Component
class AutomationRulesPrivacy implements PersonalDataProvider {

    private static final String RULES = "crmAutomationRules";
    private static final String AUTHOR = "createdBy";
    private static final String ACTIONS = "actions";
    private static final String TARGET = "target";
    /** A condition's value: a staff member's subject for {@code TASK_OWNER} (other values are never subjects). */
    private static final String CONDITIONS = "conditions";
    private static final String VALUE = "value";

    private final MongoOperations mongo;

    AutomationRulesPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "crm-automations";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData("crm.automation-staff", RULES, List.of(AUTHOR, ACTIONS + "." + TARGET,
                CONDITIONS + "." + VALUE),
                "privacy.purpose.crm-work", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "crm-automation-rules", RULES, PrivacyQueries.anyOf(
                        PrivacyQueries.bySubject(AUTHOR, person), PrivacyQueries.bySubject(ACTIONS + "." + TARGET,
                                person), PrivacyQueries.bySubject(CONDITIONS + "." + VALUE, person)), List.of("schoolId", "name", "trigger", AUTHOR, "createdAt"))
                .map(List::of).orElse(List.of());
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        List<String> subjects = PrivacyQueries.subjects(person);
        String pseudonym = PrivacyQueries.pseudonym(person);
        int changed = PrivacyQueries.replace(mongo, RULES, AUTHOR, subjects, pseudonym);
        for (String subject : subjects) {
            changed += PrivacyQueries.replaceInArray(mongo, RULES, ACTIONS, TARGET, subject, pseudonym);
            changed += PrivacyQueries.replaceInArray(mongo, RULES, CONDITIONS, VALUE, subject, pseudonym);
        }
        return PrivacyQueries.outcome(feature(), 0, changed);
    }

    /** Nothing expires: the rules are the school's configuration and outlive their authors. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }
}
