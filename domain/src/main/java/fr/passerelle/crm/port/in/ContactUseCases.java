package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A school's contacts, for the people who may read its CRM ({@code CrmAccess}): to anyone else a contact and its
 * school look missing.
 */
public interface ContactUseCases {

    /**
     * A new contact (school admins and admissions). A contact sharing its normalised e-mail or phone with an active
     * contact of the school is refused as a duplicate ({@code DuplicateContactException}, naming the one there).
     *
     * @param roles none means {@code PROSPECT}
     * @param owner the staff member (token subject) in charge, or null
     */
    Contact create(Actor actor, String schoolId, ContactDraft draft, Set<ContactRole> roles, List<String> tags,
                   String owner);

    /** The active contact, when the actor may read its school's CRM; empty otherwise, as for a missing one. */
    Optional<Contact> find(Actor actor, String id);

    /** The active contacts among these ids the actor may read. */
    List<Contact> findAll(Actor actor, Collection<String> ids);

    /** A page of the school's active contacts by name; empty for whoever may not read its CRM. */
    Page<Contact> list(Actor actor, String schoolId, Paging paging);

    /**
     * Records that staff interacted with the contact at {@code at} (a call, an e-mail, a meeting logged in its
     * timeline), for segments on "no interaction for N days". Called by the timeline part, which has checked who
     * may log it; keeps the latest instant, so calls out of order or repeated change nothing.
     */
    void recordInteraction(String schoolId, String contactId, Instant at);
}
