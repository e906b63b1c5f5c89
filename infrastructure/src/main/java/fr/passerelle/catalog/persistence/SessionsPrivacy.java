package fr.passerelle.catalog.persistence;

import fr.passerelle.catalog.model.SessionState;
import fr.passerelle.crm.persistence.ContactsPrivacy;
import fr.passerelle.crm.persistence.PersonContacts;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.model.Pseudonyms;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sessions concern two kinds of people:
 *
 * <ul>
 *   <li>the people seated or waiting, by their CRM contact ({@link PersonContacts}, as every CRM provider finds them):
 *       exported (the sessions, never the other holders); on erasure, and when their contact expires, their seats
 *       and waiting places are removed. A seat freed this way is not handed to the next person waiting (an erasure is
 *       not a cancellation): admissions see a free seat and decide;</li>
 *   <li>staff (trainers, who planned the session): exported; a trainer is taken off the sessions, an author
 *       pseudonymised.</li>
 * </ul>
 * Runs before the contacts' provider ({@link Order}), which deletes the contacts it finds people through.
 */
@Component
@Order(0)
class SessionsPrivacy implements PersonalDataProvider {

    /** Trainers and seat holders of a session, kept as evidence for funders and certifiers until its policy ends. */
    static final String STAFF = "catalog.session-staff";
    private static final String SESSIONS = "catalogSessions";
    private static final String SEATS = "seats";
    private static final String WAITLIST = "waitlist";
    private static final String CONTACT = "contactId";
    private static final String TRAINERS = "details.trainers";
    private static final String AUTHOR = "createdBy";
    private static final List<String> EXPORTED = List.of("schoolId", "programmeId", "startOn", "state");

    private final MongoOperations mongo;
    private final PersonContacts personContacts;

    SessionsPrivacy(MongoOperations mongo, PersonContacts personContacts) {
        this.mongo = mongo;
        this.personContacts = personContacts;
    }

    @Override
    public String feature() {
        return "catalog-sessions";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData("catalog.seat", SESSIONS, List.of(SEATS + "." + CONTACT, WAITLIST + "." + CONTACT),
                        "privacy.purpose.catalog-seat", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE),
                new PersonalData(STAFF, SESSIONS, List.of(TRAINERS, AUTHOR),
                        "privacy.purpose.record-authors", LegalBasis.LEGITIMATE_INTEREST,
                        PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<ExportSection> sections = new ArrayList<>();
        List<Object> contacts = personContacts.of(person);
        if (!contacts.isEmpty()) {
            PrivacyQueries.section(mongo, "catalog-seats-held", SESSIONS,
                    Criteria.where(SEATS + "." + CONTACT).in(contacts), EXPORTED).ifPresent(sections::add);
            PrivacyQueries.section(mongo, "catalog-waiting-places", SESSIONS,
                    Criteria.where(WAITLIST + "." + CONTACT).in(contacts), EXPORTED).ifPresent(sections::add);
        }
        PrivacyQueries.section(mongo, "catalog-sessions-worked", SESSIONS, PrivacyQueries.anyOf(
                PrivacyQueries.bySubject(TRAINERS, person), PrivacyQueries.bySubject(AUTHOR, person)), EXPORTED)
                .ifPresent(sections::add);
        return sections;
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        int removed = forget(personContacts.of(person));
        List<String> subjects = PrivacyQueries.subjects(person);
        int pseudonymised = PrivacyQueries.replace(mongo, SESSIONS, AUTHOR, subjects,
                PrivacyQueries.pseudonym(person));
        if (!subjects.isEmpty()) {
            pseudonymised += (int) mongo.updateMulti(Query.query(Criteria.where(TRAINERS).in(subjects)),
                    new Update().pullAll(TRAINERS, subjects.toArray()).inc("version", 1), SESSIONS)
                    .getModifiedCount();
        }
        return PrivacyQueries.outcome(feature(), removed, pseudonymised);
    }

    /**
     * Seats follow their contacts' retention: an expired contact's seats and waiting places go. A session closed or
     * cancelled (its last change, since both are final) before its staff policy's period loses its trainers, its
     * seats and waiting list, and its author's name; its dates, place and counts stay for the programme's history.
     */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (ContactsPrivacy.DATA_CLASS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), forget(personContacts.expired(triggeredBefore)), 0);
        }
        return PrivacyQueries.outcome(feature(), 0, STAFF.equals(dataClass) ? ended(triggeredBefore) : 0);
    }

    /** One write per ended session still naming someone, conditional on its version (a racing writer retries). */
    private int ended(Instant triggeredBefore) {
        Criteria naming = PrivacyQueries.anyOf(Criteria.where(SEATS + ".0").exists(true),
                Criteria.where(WAITLIST + ".0").exists(true), Criteria.where(TRAINERS + ".0").exists(true),
                Criteria.where(AUTHOR).not().regex("^" + Pseudonyms.PREFIX));
        Query ended = Query.query(new Criteria().andOperator(Criteria.where("state")
                .in(SessionState.CLOSED.name(), SessionState.CANCELLED.name()).and("updatedAt").lt(triggeredBefore),
                naming)).limit(PrivacyQueries.MAX_RECORDS);
        int changed = 0;
        for (Document session : mongo.find(ended, Document.class, SESSIONS)) {
            Update update = new Update().set(SEATS, List.of()).set(WAITLIST, List.of()).set(TRAINERS, List.of())
                    .inc("version", 1);
            String author = session.getString(AUTHOR);
            if (author != null && !author.startsWith(Pseudonyms.PREFIX)) {
                update = update.set(AUTHOR, Pseudonyms.ofSubject(author));
            }
            changed += (int) mongo.updateFirst(Query.query(Criteria.where("_id").is(session.get("_id"))
                    .and("version").is(session.get("version"))), update, SESSIONS).getModifiedCount();
        }
        return changed;
    }

    /** Removes the contacts' seats and waiting places: one write per collection, bumping the sessions' versions. */
    private int forget(List<Object> contacts) {
        if (contacts.isEmpty()) {
            return 0;
        }
        Criteria holding = PrivacyQueries.anyOf(Criteria.where(SEATS + "." + CONTACT).in(contacts),
                Criteria.where(WAITLIST + "." + CONTACT).in(contacts));
        Document among = new Document(CONTACT, new Document("$in", contacts));
        Update update = new Update().pull(SEATS, among).pull(WAITLIST, among).inc("version", 1);
        return (int) mongo.updateMulti(Query.query(holding), update, SESSIONS).getModifiedCount();
    }
}
