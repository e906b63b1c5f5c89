package fr.passerelle.enrollment.persistence;

import fr.passerelle.crm.persistence.PersonContacts;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The one way the enrollment parts' privacy providers (dossier, contract, payments) find the enrollments a privacy
 * request or a retention run is about: as core's {@code EnrollmentsPrivacy} finds them (the person's account as the
 * learner, or their CRM contacts through {@link PersonContacts}). Core's provider deletes or unlinks those
 * enrollments, and the contacts' provider deletes the contacts, so every caller runs before both
 * ({@link #BEFORE_ENROLLMENTS}).
 */
@Component
class PersonEnrollments {

    /** The order of the parts' providers: before core's enrollments ({@code @Order(0)}) and the contacts' (last). */
    static final int BEFORE_ENROLLMENTS = -10;
    private static final String ENROLLMENTS = "enrollments";

    private final MongoOperations mongo;
    private final PersonContacts contacts;

    PersonEnrollments(MongoOperations mongo, PersonContacts contacts) {
        this.mongo = mongo;
        this.contacts = contacts;
    }

    /** The ids of the person's enrollments, in every school. */
    List<Object> of(DataSubject person) {
        return ids(criteria(person));
    }

    /** Where the person is the enrolled one: their account as the learner, or one of their contacts. */
    Criteria criteria(DataSubject person) {
        return PrivacyQueries.anyOf(PrivacyQueries.bySubject("learnerSubject", person),
                Criteria.where("contactId").in(contacts.of(person)));
    }

    /** The person's contact records (invoices are addressed to them). */
    List<Object> contactsOf(DataSubject person) {
        return contacts.of(person);
    }

    /**
     * The enrollments core's retention deletes in this run: the never-signed ones of the contacts that expired before
     * {@code triggeredBefore} (the same bounded batch of contacts core's provider and the contacts' use).
     */
    List<Object> expiredUnsigned(Instant triggeredBefore) {
        List<Object> expired = contacts.expired(triggeredBefore);
        return expired.isEmpty() ? List.of() : ids(new Criteria().andOperator(Criteria.where("contactId").in(expired),
                Criteria.where("history.to").ne(EnrollmentState.SIGNED.name())));
    }

    private List<Object> ids(Criteria where) {
        Query query = Query.query(where).limit(PrivacyQueries.MAX_RECORDS);
        query.fields().include("_id");
        return mongo.find(query, Document.class, ENROLLMENTS).stream().map(enrollment -> enrollment.get("_id"))
                .toList();
    }
}
