package fr.passerelle.crm.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byEmail;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byLearner;
import static fr.passerelle.privacy.persistence.PrivacyQueries.bySubject;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The one way the CRM's privacy providers find the contact records a privacy request or a retention run is about, so
 * that the contacts and every record hanging on them (deals, tasks, notes, interactions, documents, timeline) are
 * found alike. A person's contacts: in every school, by their account, their learner profiles or their e-mail address
 * (a prospect entered by hand or imported has only the e-mail), each served by an index of the contacts' collection.
 * Expired contacts: those no one changed since the trigger, the same bounded batch for every provider of one run (the
 * next run takes the rest).
 */
@Component
public class PersonContacts {

    private static final String COLLECTION = "contacts";

    private final MongoOperations mongo;

    PersonContacts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * The ids of the person's contact records, in every school (merged-away ones included). Public: other features'
     * records that name contacts (seats of the catalogue's sessions) find the person through it too.
     */
    public List<Object> of(DataSubject person) {
        return ids(own(person));
    }

    /** The ids of the contacts no one changed (nor logged an interaction with) since {@code triggeredBefore}. */
    public List<Object> expired(Instant triggeredBefore) {
        return ids(Criteria.where("updatedAt").lt(triggeredBefore));
    }

    /** The person's own contact records. */
    static Criteria own(DataSubject person) {
        return anyOf(bySubject("details.links.platformSubject", person),
                byLearner("details.links.learnerId", person), byEmail("emailKey", person));
    }

    private List<Object> ids(Criteria where) {
        Query query = Query.query(where).with(Sort.by("_id")).limit(PrivacyQueries.MAX_RECORDS);
        query.fields().include("_id");
        List<Object> ids = new ArrayList<>();
        mongo.find(query, Document.class, COLLECTION).forEach(contact -> ids.add(contact.get("_id")));
        return ids;
    }
}
