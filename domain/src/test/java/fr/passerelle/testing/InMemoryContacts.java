package fr.passerelle.testing;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.TagCount;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The lookups the use cases make; listing and counting are the adapter's (see MongoContactsTest). */
public class InMemoryContacts extends InMemoryStore<Contact> implements Contacts {

    public InMemoryContacts() {
        super("id", Contact::id, (c, version) -> new Contact(c.id(), c.schoolId(), c.details(), c.roles(),
                c.owner(), c.tags(), c.stages(), c.merge(), c.lastInteractionAt(), c.replies(), c.createdBy(),
                c.createdAt(), c.updatedAt(), version));
    }

    /** What a privacy erasure does to a contact (outside the aggregate's own changes). */
    public void delete(String id) {
        byId.remove(id);
    }

    @Override
    public List<Contact> findByKeys(String schoolId, String emailKey, String phoneKey, int limit) {
        return byId.values().stream().filter(c -> c.schoolId().equals(schoolId) && c.isActive())
                .filter(c -> emailKey != null && emailKey.equals(c.emailKey())
                        || phoneKey != null && phoneKey.equals(c.phoneKey()))
                .sorted(Comparator.comparing(Contact::createdAt)).limit(limit).toList();
    }

    @Override
    public Optional<Contact> findByLearner(String schoolId, String learnerId) {
        return byId.values().stream().filter(c -> c.schoolId().equals(schoolId) && c.isActive()
                && learnerId.equals(c.details().links().learnerId())).findFirst();
    }

    @Override
    public Page<Contact> page(String schoolId, ContactQuery query, Paging paging) {
        throw new UnsupportedOperationException("listing is the adapter's");
    }

    @Override
    public long count(String schoolId, ContactQuery query) {
        throw new UnsupportedOperationException("counting is the adapter's");
    }

    @Override
    public List<LinkedSubject> linkedSubjects(String schoolId, ContactQuery query, String afterId, int limit) {
        throw new UnsupportedOperationException("counting is the adapter's");
    }

    @Override
    public List<TagCount> tagCounts(String schoolId, int limit) {
        throw new UnsupportedOperationException("counting is the adapter's");
    }
}
