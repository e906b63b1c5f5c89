package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactKeys;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.service.VersionedChange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A learner registering with a school, or imported into it, becomes a LEARNER contact of that school: the contact
 * already holding their e-mail or phone is linked to the profile (and gains the role), else a contact is created
 * with the identity needed to reach and tell them apart (names, e-mail, phone), pointing to the profile for the rest.
 * Idempotent: a contact already linked to the profile is left alone, however often the event comes, and a created
 * contact's id derives from (school, learner) so concurrent deliveries create one. A contact already linked to another
 * learner is never re-linked: the learner gets a contact of their own (see {@link #on}). When the person claims a
 * profile the school registered for them, the contact linked to it gains the link to their account as well
 * ({@code contact.linked}), which is what lets them see what the school filed on that contact (their enrollments).
 */
public class LearnerContacts implements EventSubscriber {

    private final Learners learners;
    private final Contacts contacts;
    private final ContactService contactService;
    private final EventFactory events;
    private final Clock clock;

    public LearnerContacts(Learners learners, Contacts contacts, ContactService contactService,
                           EventFactory events, Clock clock) {
        this.learners = learners;
        this.contacts = contacts;
        this.contactService = contactService;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crm-learner-contacts";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(LearnerEvents.REGISTERED) || event.type().equals(LearnerEvents.IMPORTED)
                || event.type().equals(LearnerEvents.CLAIMED);
    }

    @Override
    public void on(DomainEvent event) {
        Learner learner = learners.findById(event.aggregateId()).orElse(null);
        String schoolId = learner == null ? null : learner.academic().schoolId();
        Optional<Contact> linked = schoolId == null ? Optional.empty()
                : contacts.findByLearner(schoolId, learner.id());
        if (linked.isPresent()) {
            // A profile the school registered, now claimed by its person: their contact points to their account too.
            if (event.type().equals(LearnerEvents.CLAIMED)) {
                link(linked.get().id(), learner);
            }
            return;
        }
        if (schoolId == null) {
            return; // erased since, or of no school
        }
        LearnerIdentity identity = learner.identity();
        ContactDetails details = new ContactDetails(identity.firstName(), identity.lastName(), identity.email(),
                identity.phone(), null, null, null, ContactSource.PLATFORM, null,
                new ContactLinks(null, null, learner.subject(), learner.id()));
        Optional<Contact> holder = contactService.duplicateOf(schoolId, details, null);
        if (holder.isPresent() && !linkedToAnother(holder.get(), learner)) {
            link(holder.get().id(), learner);
            return;
        }
        // The key holder is another learner's contact (a family's shared phone): this learner gets a contact of
        // their own, with only the ways to reach them that nobody else's contact holds.
        Optional<ContactDetails> own = holder.isEmpty() ? Optional.of(details) : unshared(details, holder.get())
                .filter(rest -> contactService.duplicateOf(schoolId, rest, null).isEmpty());
        own.ifPresent(rest -> create(schoolId, learner, rest));
    }

    private static boolean linkedToAnother(Contact contact, Learner learner) {
        String linked = contact.details().links().learnerId();
        return linked != null && !linked.equals(learner.id());
    }

    /** The details without the e-mail or phone {@code holder} has; empty when nothing would be left to reach them. */
    private static Optional<ContactDetails> unshared(ContactDetails details, Contact holder) {
        EmailAddress email = Objects.equals(holder.emailKey(), ContactKeys.email(details.email())) ? null
                : details.email();
        String phone = Objects.equals(holder.phoneKey(), ContactKeys.phone(details.phone())) ? null : details.phone();
        return email == null && phone == null ? Optional.empty() : Optional.of(new ContactDetails(
                details.givenName(), details.familyName(), email, phone, details.address(), details.birthYear(),
                details.situation(), details.source(), details.campaign(), details.links()));
    }

    /**
     * Creates the learner's contact under an id derived from (school, learner): two deliveries of the event racing
     * past {@code findByLearner} cannot both insert, the second meets the first's key (or its e-mail) and is done.
     */
    private void create(String schoolId, Learner learner, ContactDetails details) {
        try {
            contactService.insert(Contact.create(idFor(schoolId, learner.id()), schoolId, details,
                    Set.of(ContactRole.LEARNER), null, Set.of(), Initiator.SYSTEM, clock.instant()), Initiator.system());
        } catch (DuplicateKeyException | DuplicateContactException concurrentDelivery) {
            if (contacts.findByLearner(schoolId, learner.id()).isEmpty()) {
                throw concurrentDelivery;
            }
        }
    }

    /** The id of the contact made for a learner in a school, the same for every delivery of their events. */
    static String idFor(String schoolId, String learnerId) {
        return UUID.nameUUIDFromBytes(("crm-learner-contact/" + schoolId + "/" + learnerId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Points the contact to the learner profile and gives it the LEARNER role; harmless when it already does (also
     * the way a confirmed enrollment links the very contact it is for, never one that merely shares a key).
     */
    public void link(String contactId, Learner learner) {
        new VersionedChange<>(() -> contacts.findById(contactId).orElseThrow(), Contact::version,
                (before, after) -> contacts.update(after, events.changed(ContactEvents.LINKED, Initiator.system(),
                        before, after, ContactEvents.attributesOf(after))))
                .apply(null, contact -> {
                    Set<ContactRole> roles = EnumSet.of(ContactRole.LEARNER);
                    roles.addAll(contact.roles());
                    ContactLinks links = contact.details().links().withLearner(learner.id(), learner.subject());
                    if (links.equals(contact.details().links()) && roles.equals(contact.roles())) {
                        return contact;
                    }
                    return contact.withDetails(ContactDetails.linked(contact.details(), links), clock.instant())
                            .withRoles(roles, clock.instant());
                });
    }
}
