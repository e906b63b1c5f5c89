package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import java.util.Collection;
import java.util.List;

/**
 * Who may read or work a contact and what is filed on it, per {@link CrmAccess}: a contact of a school whose CRM the
 * actor may not read is reported exactly like a missing one.
 */
public final class ContactScope {

    private static final String CONTACT = "Contact";

    private final TimelineContacts contacts;

    public ContactScope(TimelineContacts contacts) {
        this.contacts = contacts;
    }

    /** The contact's school. @throws NotFoundException when it is missing or the actor may not read it */
    public String readable(Actor actor, String contactId) {
        String schoolId = contactId == null ? null : contacts.schoolOf(contactId).orElse(null);
        if (schoolId == null || !CrmAccess.mayRead(actor, schoolId)) {
            throw new NotFoundException(CONTACT, String.valueOf(contactId));
        }
        return schoolId;
    }

    /** The contact's school, for a change. @throws fr.passerelle.shared.error.ForbiddenException for a reader only */
    public String workable(Actor actor, String contactId) {
        String schoolId = readable(actor, contactId);
        CrmAccess.requireWork(actor, schoolId);
        return schoolId;
    }

    /**
     * The records about the person (notes, interactions) the actor may read, in the given order: only for those who
     * see the person's details ({@link CrmAccess#mayReadPersonalDetails}).
     */
    public static <T extends ContactRecord<T>> List<T> personalAmong(Actor actor, Collection<T> records) {
        return records.stream().filter(record -> CrmAccess.mayReadPersonalDetails(actor, record.schoolId())).toList();
    }

    /** The records the actor may read, in the given order. */
    public static <T extends ContactRecord<T>> List<T> readableAmong(Actor actor, Collection<T> records) {
        return records.stream().filter(record -> CrmAccess.mayRead(actor, record.schoolId())).toList();
    }
}
