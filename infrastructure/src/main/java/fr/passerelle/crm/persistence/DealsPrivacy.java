package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.StageKind;
import fr.passerelle.privacy.model.Pseudonyms;
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
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Deals and tasks are the school's commercial records (pipelines its configuration). They concern two kinds of people:
 *
 * <ul>
 *   <li>the prospect, through the contact they point to ({@link PersonContacts}, as every CRM provider finds them):
 *       exported; on erasure, and when the contact expires, their tasks and their open or lost deals are deleted, and
 *       a WON deal is kept for the school's sales figures without them (no contact, title or reason left). No legal hold is kept on a
 *       deal: a WON deal is a forecast, not a bill — the quote, invoice and training agreement that follow a confirmed
 *       enrollment are the accounting and contractual records (Code de commerce art. L123-22, ten years), held by the
 *       features that issue them;</li>
 *   <li>staff (owner, author, who moved a deal or completed a task): exported; pseudonymised on erasure.</li>
 * </ul>
 *
 * <p>Runs before the contacts' provider ({@link Order}): it finds the prospect's deals through their contact records,
 * which that provider deletes.
 */
@Component
@Order(0)
class DealsPrivacy implements PersonalDataProvider {

    private static final String DEALS = "crmDeals";
    private static final String TASKS = "crmTasks";
    private static final String PIPELINES = "crmPipelines";
    /** What a WON deal of an expired contact points to instead: no one. */
    private static final String EXPIRED_CONTACT = Pseudonyms.PREFIX + "expired";
    private static final String CONTACT = "contactId";
    private static final String OWNER = "ownerSubject";
    private static final String AUTHOR = "createdBy";
    private static final String DONE_BY = "doneBy";

    private final MongoOperations mongo;
    private final PersonContacts personContacts;

    DealsPrivacy(MongoOperations mongo, PersonContacts personContacts) {
        this.mongo = mongo;
        this.personContacts = personContacts;
    }

    @Override
    public String feature() {
        return "crm-deals";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData("crm.deal", DEALS, List.of(CONTACT, "title", "lostReason", "mergedFrom"),
                        "privacy.purpose.crm-deal", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE),
                new PersonalData("crm.task", TASKS, List.of(CONTACT, "title", "mergedFrom"),
                        "privacy.purpose.crm-deal", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE),
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
        List<Object> contacts = personContacts.of(person);
        if (!contacts.isEmpty()) {
            PrivacyQueries.section(mongo, "crm-deals-about-you", DEALS, Criteria.where(CONTACT).in(contacts),
                    List.of("schoolId", "title", "offeringRef", "stageId", "status", "amountInCents",
                            "expectedCloseOn", "lostReason", "createdAt")).ifPresent(sections::add);
            PrivacyQueries.section(mongo, "crm-tasks-about-you", TASKS, Criteria.where(CONTACT).in(contacts),
                    List.of("schoolId", "title", "dueAt", "doneAt")).ifPresent(sections::add);
        }
        PrivacyQueries.section(mongo, "crm-deals-worked", DEALS, staff(person), List.of("schoolId", "pipelineId",
                "stageId", OWNER, AUTHOR, "createdAt")).ifPresent(sections::add);
        PrivacyQueries.section(mongo, "crm-tasks-worked", TASKS, staff(person), List.of("schoolId", "dueAt",
                "doneAt", OWNER, AUTHOR)).ifPresent(sections::add);
        PrivacyQueries.section(mongo, "crm-pipelines-created", PIPELINES, PrivacyQueries.bySubject(AUTHOR, person),
                List.of("schoolId", "name", "createdAt")).ifPresent(sections::add);
        return sections;
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        String pseudonym = PrivacyQueries.pseudonym(person);
        ErasureOutcome aboutThem = forget(personContacts.of(person), pseudonym);
        int deleted = aboutThem.deleted();
        int pseudonymised = aboutThem.pseudonymised();
        List<String> subjects = PrivacyQueries.subjects(person);
        pseudonymised += Stream.of(DEALS, TASKS).mapToInt(collection ->
                PrivacyQueries.replace(mongo, collection, OWNER, subjects, pseudonym)
                        + PrivacyQueries.replace(mongo, collection, AUTHOR, subjects, pseudonym)).sum()
                + PrivacyQueries.replace(mongo, TASKS, DONE_BY, subjects, pseudonym)
                + PrivacyQueries.replace(mongo, PIPELINES, AUTHOR, subjects, pseudonym);
        for (String subject : subjects) {
            pseudonymised += PrivacyQueries.replaceInArray(mongo, DEALS, "history", "by", subject, pseudonym);
        }
        return PrivacyQueries.outcome(feature(), deleted, pseudonymised);
    }

    /**
     * Deals and tasks follow their contacts' retention: when contacts expire, what is about them goes as on an
     * erasure (a WON deal stays for the figures, without them). Nothing of their own expires otherwise.
     */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return ContactsPrivacy.DATA_CLASS.equals(dataClass)
                ? forget(personContacts.expired(triggeredBefore), EXPIRED_CONTACT)
                : PrivacyQueries.outcome(feature(), 0, 0);
    }

    /** Deletes the tasks and the open or lost deals about these contacts; a WON deal keeps no trace of them. */
    private ErasureOutcome forget(List<Object> contacts, String pseudonym) {
        if (contacts.isEmpty()) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        Criteria about = Criteria.where(CONTACT).in(contacts);
        int deleted = PrivacyQueries.delete(mongo, TASKS, about) + PrivacyQueries.delete(mongo, DEALS,
                new Criteria().andOperator(about, Criteria.where("status").ne(StageKind.WON.name())));
        int pseudonymised = (int) mongo.updateMulti(Query.query(about), new Update().set(CONTACT, pseudonym)
                .unset("title").unset("lostReason").unset("mergedFrom").inc("version", 1), DEALS)
                .getModifiedCount();
        return PrivacyQueries.outcome(feature(), deleted, pseudonymised);
    }

    private static Criteria staff(DataSubject person) {
        return PrivacyQueries.anyOf(PrivacyQueries.bySubject(OWNER, person), PrivacyQueries.bySubject(AUTHOR, person),
                PrivacyQueries.bySubject("history.by", person), PrivacyQueries.bySubject(DONE_BY, person));
    }
}
