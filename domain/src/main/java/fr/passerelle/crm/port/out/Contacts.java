package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.TagCount;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;
import java.util.Optional;

/** Where contacts are kept: one document each, with its normalised duplicate keys indexed per school. */
public interface Contacts extends AggregateStore<Contact> {

    /**
     * The school's active contacts whose normalised e-mail is {@code emailKey} or whose normalised phone is {@code
     * phoneKey} (either may be null), oldest first, at most {@code limit}: two indexed lookups, never a scan.
     */
    List<Contact> findByKeys(String schoolId, String emailKey, String phoneKey, int limit);

    /** The school's active contact pointing to this learner profile, if any. */
    Optional<Contact> findByLearner(String schoolId, String learnerId);

    /** A page of the school's active contacts the query selects, by name. */
    Page<Contact> page(String schoolId, ContactQuery query, Paging paging);

    /** How many of the school's active contacts the query selects. */
    long count(String schoolId, ContactQuery query);

    /** A contact linked to a platform user. */
    record LinkedSubject(String contactId, String subject) {
    }

    /**
     * The school's active contacts the query selects that are linked to a platform user, by id after {@code
     * afterId} (null: from the start), at most {@code limit}: their ids and users only.
     */
    List<LinkedSubject> linkedSubjects(String schoolId, ContactQuery query, String afterId, int limit);

    /** The tags on the school's active contacts with their counts, most used first, at most {@code limit}. */
    List<TagCount> tagCounts(String schoolId, int limit);
}
