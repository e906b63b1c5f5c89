package fr.passerelle.crm.persistence;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Deals and tasks are the school's commercial records (pipelines its configuration). They name staff (owner, author,
 * who moved a deal or completed a task) and point to a contact by id; the contact's identity lives with the contact, whose provider exports and erases it.
 *
 * <ul>
 *   <li>Staff: a staff member's export lists the deals and tasks they own or created; erasing them pseudonymises
 *       their account in the owner, author and move history (the records stay the school's).</li>
 *   <li>No legal hold is kept here. A WON deal is a forecast, not a bill: the invoice and the training agreement that
 *       follow a confirmed enrollment are the accounting records, held by the features that issue them (Code de
 *       commerce art. L123-22, ten years). So nothing of a deal needs to outlive the person.</li>
 * </ul>
 */
@Component
class DealsPrivacy implements PersonalDataProvider {

    private static final String DEALS = "crmDeals";
    private static final String TASKS = "crmTasks";
    private static final String PIPELINES = "crmPipelines";
    private static final String OWNER = "ownerSubject";
    private static final String AUTHOR = "createdBy";
    private static final String DONE_BY = "doneBy";

    private final MongoOperations mongo;

    DealsPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "crm";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData("crm.deal-staff", DEALS, List.of(OWNER, AUTHOR, "history.by"),
                        "privacy.purpose.crm-work", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.PSEUDONYMISE),
                new PersonalData("crm.task-staff", TASKS, List.of(OWNER, AUTHOR, DONE_BY),
                        "privacy.purpose.crm-work", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.PSEUDONYMISE),
                new PersonalData("crm.pipeline-authors", PIPELINES, List.of(AUTHOR), "privacy.purpose.record-authors",
                        LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<ExportSection> sections = new ArrayList<>();
        PrivacyQueries.section(mongo, "crm-deals-worked", DEALS, staff(person), List.of("schoolId", "pipelineId",
                "stageId", "title", OWNER, AUTHOR, "createdAt")).ifPresent(sections::add);
        PrivacyQueries.section(mongo, "crm-tasks-worked", TASKS, staff(person), List.of("schoolId", "title",
                "dueAt", "doneAt", OWNER, AUTHOR)).ifPresent(sections::add);
        PrivacyQueries.section(mongo, "crm-pipelines-created", PIPELINES, PrivacyQueries.bySubject(AUTHOR, person),
                List.of("schoolId", "name", "createdAt")).ifPresent(sections::add);
        return sections;
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        List<String> subjects = PrivacyQueries.subjects(person);
        String pseudonym = PrivacyQueries.pseudonym(person);
        int changed = Stream.of(DEALS, TASKS).mapToInt(collection ->
                PrivacyQueries.replace(mongo, collection, OWNER, subjects, pseudonym)
                        + PrivacyQueries.replace(mongo, collection, AUTHOR, subjects, pseudonym)).sum()
                + PrivacyQueries.replace(mongo, TASKS, DONE_BY, subjects, pseudonym)
                + PrivacyQueries.replace(mongo, PIPELINES, AUTHOR, subjects, pseudonym);
        for (String subject : subjects) {
            changed += PrivacyQueries.replaceInArray(mongo, DEALS, "history", "by", subject, pseudonym);
        }
        return PrivacyQueries.outcome(feature(), 0, changed);
    }

    /** Retention has nothing of staff to expire: the records are the school's and outlive their authors. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }

    private static Criteria staff(DataSubject person) {
        return PrivacyQueries.anyOf(PrivacyQueries.bySubject(OWNER, person), PrivacyQueries.bySubject(AUTHOR, person),
                PrivacyQueries.bySubject("history.by", person));
    }
}
