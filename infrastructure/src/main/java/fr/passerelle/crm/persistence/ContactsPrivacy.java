package fr.passerelle.crm.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byEmail;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byLearner;
import static fr.passerelle.privacy.persistence.PrivacyQueries.bySubject;

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
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What schools' CRMs know of a person: their contact records (one per school, plus those merged away, which are the
 * same person), found by their account, their learner profiles or their e-mail address. No legal hold keeps a
 * contact itself (invoices and signed agreements hold their own copy of the parties), so an erasure deletes them.
 * Staff named in others' contacts (as owner, creator, or mover of a lifecycle stage) stay as a pseudonym.
 */
@Component
class ContactsPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "crm.contact";
    private static final String COLLECTION = "contacts";
    private static final List<String> FIELDS = List.of("schoolId", "details", "roles", "tags", "stages", "owner",
            "lastInteractionAt", "mergedInto", "createdAt", "updatedAt");

    private final MongoOperations mongo;

    ContactsPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "crm";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("details", "emailKey", "phoneKey", "nameKey",
                "department", "tags", "stages", "merge", "owner", "createdBy", "lastInteractionAt"),
                "privacy.purpose.crm-contact", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "crm-contacts", COLLECTION, own(person), FIELDS).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        List<Object> ids = new ArrayList<>();
        Query own = Query.query(own(person)).limit(PrivacyQueries.MAX_RECORDS);
        own.fields().include("_id");
        mongo.find(own, Document.class, COLLECTION).forEach(d -> ids.add(d.get("_id")));
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

    /** Contacts no one changed (nor logged an interaction with) since the trigger go. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!DATA_CLASS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        return PrivacyQueries.outcome(feature(), PrivacyQueries.delete(mongo, COLLECTION,
                Criteria.where("updatedAt").lt(triggeredBefore)), 0);
    }

    private static Criteria own(DataSubject person) {
        return anyOf(bySubject("details.links.platformSubject", person),
                byLearner("details.links.learnerId", person), byEmail("emailKey", person),
                byEmail("details.email", person));
    }
}
