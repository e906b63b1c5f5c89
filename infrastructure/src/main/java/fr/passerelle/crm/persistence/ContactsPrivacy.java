package fr.passerelle.crm.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * What schools' CRMs know of a person: their contact records (one per school, plus those merged away, which are the
 * same person), found by their account, their learner profiles or their e-mail address. No legal hold keeps a
 * contact itself (invoices and signed agreements hold their own copy of the parties), so an erasure deletes them.
 * Staff named in others' contacts (as owner, creator, or mover of a lifecycle stage) stay as a pseudonym.
 *
 * <p>Runs last ({@link Order}): the providers of what hangs on a contact (deals, tasks, the timeline) find the
 * person's or the expired contacts through {@link PersonContacts}, so the contacts must still be there when they run.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ContactsPrivacy implements PersonalDataProvider {

    public static final String DATA_CLASS = "crm.contact";
    private static final String COLLECTION = "contacts";
    private static final List<String> FIELDS = List.of("schoolId", "details", "roles", "tags", "stages", "owner",
            "lastInteractionAt", "replies", "mergedInto", "createdAt", "updatedAt");

    private final MongoOperations mongo;
    private final PersonContacts contacts;

    ContactsPrivacy(MongoOperations mongo, PersonContacts contacts) {
        this.mongo = mongo;
        this.contacts = contacts;
    }

    @Override
    public String feature() {
        return "crm-contacts";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("details", "emailKey", "phoneKey", "nameKey",
                "department", "tags", "stages", "merge", "owner", "createdBy", "lastInteractionAt"),
                "privacy.purpose.crm-contact", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "crm-contacts", COLLECTION, PersonContacts.own(person),
                FIELDS).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        List<Object> ids = contacts.of(person);
        int deleted = ids.isEmpty() ? 0 : PrivacyQueries.delete(mongo, COLLECTION,
                anyOf(Criteria.where("_id").in(ids), Criteria.where("mergedInto").in(ids)));
        List<String> subjects = PrivacyQueries.subjects(person);
        String pseudonym = PrivacyQueries.pseudonym(person);
        int pseudonymised = PrivacyQueries.replace(mongo, COLLECTION, "owner", subjects, pseudonym)
                + PrivacyQueries.replace(mongo, COLLECTION, "createdBy", subjects, pseudonym);
        for (String subject : subjects) {
            pseudonymised += PrivacyQueries.replaceInArray(mongo, COLLECTION, "stages", "by", subject, pseudonym);
        }
        return PrivacyQueries.outcome(feature(), deleted, pseudonymised);
    }

    /**
     * Contacts no one changed (nor logged an interaction with) since the trigger go: the batch the providers of their
     * deals, tasks and timeline expired just before ({@link PersonContacts#expired}), so nothing is left pointing to
     * a deleted contact.
     */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!DATA_CLASS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        List<Object> expired = contacts.expired(triggeredBefore);
        return PrivacyQueries.outcome(feature(), expired.isEmpty() ? 0
                : PrivacyQueries.delete(mongo, COLLECTION, Criteria.where("_id").in(expired)), 0);
    }
}
