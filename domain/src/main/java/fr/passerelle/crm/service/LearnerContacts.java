package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * A learner registering with a school, or imported into it, becomes a LEARNER contact of that school: the contact
 * already holding their e-mail or phone is linked to the profile (and gains the role), else a contact is created
 * with the identity needed to reach and tell them apart (names, e-mail, phone), pointing to the profile for the rest.
 * Idempotent: a contact already linked to the profile is left alone, however often the event comes.
 */
public class LearnerContacts implements EventSubscriber {

    private final Learners learners;
    private final Contacts contacts;
    private final ContactService contactService;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public LearnerContacts(Learners learners, Contacts contacts, ContactService contactService, IdGenerator ids,
                           EventFactory events, Clock clock) {
        this.learners = learners;
        this.contacts = contacts;
        this.contactService = contactService;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crm-learner-contacts";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(LearnerEvents.REGISTERED) || event.type().equals(LearnerEvents.IMPORTED);
    }

    @Override
    public void on(DomainEvent event) {
        Learner learner = learners.findById(event.aggregateId()).orElse(null);
        String schoolId = learner == null ? null : learner.academic().schoolId();
        if (schoolId == null || contacts.findByLearner(schoolId, learner.id()).isPresent()) {
            return; // erased since, of no school, or already linked
        }
        LearnerIdentity identity = learner.identity();
        ContactDetails details = new ContactDetails(identity.firstName(), identity.lastName(), identity.email(),
                identity.phone(), null, null, null, ContactSource.PLATFORM, null,
                new ContactLinks(null, null, learner.subject(), learner.id()));
        var existing = contactService.duplicateOf(schoolId, details, null);
        if (existing.isPresent()) {
            link(existing.get(), learner);
        } else {
            contactService.insert(Contact.create(ids.newId(), schoolId, details, Set.of(ContactRole.LEARNER), null,
                    Set.of(), Initiator.SYSTEM, clock.instant()), Initiator.system());
        }
    }

    private void link(Contact found, Learner learner) {
        new VersionedChange<>(() -> contacts.findById(found.id()).orElseThrow(), Contact::version,
                (before, after) -> contacts.update(after, events.changed(ContactEvents.LINKED, Initiator.system(),
                        before, after, ContactEvents.attributesOf(after))))
                .apply(null, contact -> {
                    Set<ContactRole> roles = EnumSet.of(ContactRole.LEARNER);
                    roles.addAll(contact.roles());
                    ContactLinks links = contact.details().links().withLearner(learner.id(), learner.subject());
                    return contact.withDetails(ContactDetails.linked(contact.details(), links), clock.instant())
                            .withRoles(roles, clock.instant());
                });
    }
}
