package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.TimelineContacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The timeline's view of contacts, over the contacts part: its out-ports for what they offer (a contact by id or by
 * learner profile) and, for the lookup by platform account (the platform's own events name the person by account), a
 * query on the school's contacts through the {@code by_school_subject} index. A privacy request finds a person's
 * contacts elsewhere ({@link PersonContacts}), as every CRM privacy provider does.
 */
@Component
class ContactsForTimeline implements TimelineContacts {

    private static final String COLLECTION = "contacts";
    private static final String SUBJECT = "details.links.platformSubject";
    /** Within one school a person's account is linked to a contact or two (duplicates awaiting a merge), not 100. */
    private static final int MAX_LINKED = 100;

    private final Contacts contacts;
    private final MongoOperations mongo;

    ContactsForTimeline(Contacts contacts, MongoOperations mongo) {
        this.contacts = contacts;
        this.mongo = mongo;
    }

    @Override
    public Optional<String> schoolOf(String contactId) {
        return contacts.findById(contactId).filter(Contact::isActive).map(Contact::schoolId);
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

    private List<ContactKey> find(Criteria where) {
        Query query = Query.query(where).limit(MAX_LINKED);
        query.fields().include("schoolId");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .map(found -> new ContactKey(found.getString("schoolId"), found.getString("_id"))).toList();
    }
}
