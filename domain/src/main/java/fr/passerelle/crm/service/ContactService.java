package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Creates, reads and changes contacts, under {@link CrmAccess}; catches duplicates before they are stored. */
public class ContactService implements ContactUseCases {

    static final String TYPE = "Contact";

    private final Contacts contacts;
    private final ContactTags tags;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public ContactService(Contacts contacts, IdGenerator ids, EventFactory events, Clock clock) {
        this.contacts = contacts;
        this.tags = new ContactTags();
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Contact create(Actor actor, String schoolId, ContactDraft draft, Set<ContactRole> roles,
                          List<String> tagLabels, String owner) {
        CrmAccess.requireWork(actor, schoolId);
        Set<String> cleanTags = tags.validated("tags", tagLabels);
        ContactDetails details = draft.validate(PlatformCalendar.today(clock));
        return insert(Contact.create(ids.newId(), schoolId, details, roles == null ? Set.of() : roles, owner,
                cleanTags, actor.subject(), clock.instant()), actor.initiatorFor(Tenant.school(schoolId)));
    }

    /** Stores a new contact unless the school already has one with its e-mail or phone. */
    Contact insert(Contact contact, Initiator by) {
        rejectDuplicate(contact.schoolId(), contact.details(), null);
        return contacts.insert(contact, events.created(ContactEvents.CREATED, by, contact,
                ContactEvents.attributesOf(contact)));
    }

    /**
     * @throws DuplicateContactException when an active contact of the school other than {@code self} shares the
     *                                   details' e-mail key (reported on {@code email}) or phone key ({@code phone})
     */
    void rejectDuplicate(String schoolId, ContactDetails details, String self) {
        Contact probe = Contact.create("probe", schoolId, details, Set.of(), null, Set.of(), null, clock.instant());
        contacts.findByKeys(schoolId, probe.emailKey(), probe.phoneKey(), 2).stream()
                .filter(existing -> !existing.id().equals(self))
                .findFirst()
                .ifPresent(existing -> {
                    boolean sameEmail = probe.emailKey() != null && probe.emailKey().equals(existing.emailKey());
                    throw new DuplicateContactException(sameEmail ? "email" : "phone", existing.id());
                });
    }

    @Override
    public Optional<Contact> find(Actor actor, String id) {
        return contacts.findById(id).filter(c -> c.isActive() && CrmAccess.mayRead(actor, c.schoolId()));
    }

    @Override
    public List<Contact> findAll(Actor actor, Collection<String> ids) {
        return contacts.findAllById(ids).stream()
                .filter(c -> c.isActive() && CrmAccess.mayRead(actor, c.schoolId())).toList();
    }

    @Override
    public Page<Contact> list(Actor actor, String schoolId, Paging paging) {
        return CrmAccess.mayRead(actor, schoolId) ? contacts.page(schoolId, ContactQuery.ALL, paging) : Page.empty();
    }

    @Override
    public void recordInteraction(String schoolId, String contactId, Instant at) {
        if (contacts.findById(contactId).filter(c -> c.schoolId().equals(schoolId)).isEmpty()) {
            return; // erased since, or not this school's: nothing to record
        }
        new VersionedChange<>(() -> contacts.findById(contactId).orElseThrow(() -> new NotFoundException(TYPE,
                contactId)), Contact::version,
                (before, after) -> contacts.update(after, events.changed(ContactEvents.INTERACTED,
                        Initiator.system(), before, after, ContactEvents.attributesOf(after))))
                .apply(null, c -> c.withInteractionAt(at, clock.instant()));
    }

    /** A change of an active contact the actor may work on, under optimistic locking. */
    Contact change(Actor actor, String id, String eventType, Long expectedVersion, UnaryOperator<Contact> change) {
        return versioned(actor, id, eventType, null).apply(expectedVersion, change);
    }

    VersionedChange<Contact> versioned(Actor actor, String id, String eventType, String target) {
        return new VersionedChange<>(() -> workable(actor, id), Contact::version,
                (before, after) -> contacts.update(after, events.changed(eventType,
                        actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                        target == null ? ContactEvents.attributesOf(after)
                                : ContactEvents.attributesOf(after, ContactEvents.TARGET, target))));
    }

    /** The active contact, when the actor may work on its school's CRM. */
    Contact workable(Actor actor, String id) {
        Contact contact = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CrmAccess.requireWork(actor, contact.schoolId());
        return contact;
    }
}
