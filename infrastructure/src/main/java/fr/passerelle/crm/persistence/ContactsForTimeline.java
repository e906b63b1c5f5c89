package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The timeline's view of contacts, over the contacts part: its out-ports for what they offer (a contact by id or by
 * learner profile, which exist) and, for the two lookups by platform account (the
 * platform's own events name the person by account; a privacy request by account and profiles), a query on the
 * contacts' collection through its {@code by_school_subject} index.
 */
@Component
class ContactsForTimeline implements TimelineContacts {

    private static final String COLLECTION = "contacts";
    private static final String SUBJECT = "details.links.platformSubject";
    private static final String LEARNER = "details.links.learnerId";
    /** A person is a contact of a few schools, not thousands. */
    private static final int MAX_LINKED = 100;

    private final Contacts contacts;
    private final ContactReferences references;
    private final MongoOperations mongo;

    ContactsForTimeline(Contacts contacts, ContactReferences references, MongoOperations mongo) {
        this.contacts = contacts;
        this.references = references;
        this.mongo = mongo;
    }

    @Override
    public Optional<String> schoolOf(String contactId) {
        return contacts.findById(contactId).filter(Contact::isActive).map(Contact::schoolId);
    }

    @Override
    public Set<String> existing(String schoolId, Collection<String> contactIds) {
        return references.existing(schoolId, contactIds);
    }

    @Override
    public List<ContactKey> linkedTo(String schoolId, String learnerId, String accountSubject) {
        List<ContactKey> linked = new ArrayList<>();
        if (learnerId != null) {
            contacts.findByLearner(schoolId, learnerId).ifPresent(c -> linked.add(new ContactKey(schoolId, c.id())));
        }
        if (accountSubject != null) {
            find(Criteria.where("schoolId").is(schoolId).and(SUBJECT).is(accountSubject).and("mergedInto").is(null))
                    .stream().filter(key -> !linked.contains(key)).forEach(linked::add);
        }
        return linked;
    }

    @Override
    public List<ContactKey> ofPerson(Collection<String> learnerIds, String accountSubject) {
        List<Criteria> either = new ArrayList<>();
        if (!learnerIds.isEmpty()) {
            either.add(Criteria.where(LEARNER).in(learnerIds));
        }
        if (accountSubject != null) {
            either.add(Criteria.where(SUBJECT).is(accountSubject));
        }
        return either.isEmpty() ? List.of() : find(PrivacyQueries.anyOf(either.toArray(Criteria[]::new)));
    }

    private List<ContactKey> find(Criteria where) {
        Query query = Query.query(where).limit(MAX_LINKED);
        query.fields().include("schoolId");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .map(found -> new ContactKey(found.getString("schoolId"), found.getString("_id"))).toList();
    }
}
