package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.MergeRecord;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.shared.event.DomainEvent;
import java.util.Optional;

/**
 * What a {@code contact.merged} or {@code contact.unmerged} event asks the followers to move, checked against the
 * contacts as they are now: events are delivered at least once and in no guaranteed order, so a merge replayed after
 * its undo (or an undo replayed after a new merge) must move nothing.
 *
 * @param undo whether records go back from the survivor to the merged contact
 */
public record MergeMove(String schoolId, String survivor, String merged, boolean undo) {

    /** Merges followed from a contact to the one it now stands in: far more than staff ever chain. */
    static final int MAX_CHAIN = 20;

    /**
     * The move the event still stands for: a merge while the merged contact is still merged into that survivor, an
     * undo once it is active again; empty otherwise.
     *
     * @throws IllegalStateException when an undo arrives before the merged contact is restored (the undo writes the
     *                               survivor first): the delivery is retried until the restore is visible
     */
    public static Optional<MergeMove> of(DomainEvent event, Contacts contacts) {
        String school = event.attribute(ContactEvents.SCHOOL_ID);
        String survivor = event.attribute(ContactEvents.CONTACT_ID);
        String merged = event.attribute(ContactEvents.MERGED_CONTACT_ID);
        boolean undo = ContactEvents.UNMERGED.equals(event.type());
        if (school == null || survivor == null || merged == null
                || !(undo || ContactEvents.MERGED.equals(event.type()))) {
            return Optional.empty();
        }
        Optional<Contact> current = contacts.findById(merged).filter(c -> c.schoolId().equals(school));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        MergeRecord merge = current.get().merge();
        boolean mergedIntoSurvivor = merge != null && merge.into().equals(survivor);
        if (!undo) {
            return mergedIntoSurvivor ? Optional.of(new MergeMove(school, survivor, merged, false)) : Optional.empty();
        }
        if (merge == null) {
            return Optional.of(new MergeMove(school, survivor, merged, true));
        }
        if (mergedIntoSurvivor && !merge.at().isAfter(event.occurredAt())) {
            throw new IllegalStateException("contact " + merged + " not restored yet: the undo is still under way");
        }
        return Optional.empty();
    }

    /**
     * The active contact that {@code contactId} stands in now: itself, or the contact it was merged into, following
     * chained merges. What a record kept under its first contact's key (a seat held as {@code contact:<id>}, an
     * enrollment created for a contact) belongs to, whatever order merges and undos were delivered in.
     */
    public static String activeContactOf(Contacts contacts, String schoolId, String contactId) {
        String current = contactId;
        for (int hop = 0; hop < MAX_CHAIN; hop++) {
            String into = contacts.findById(current).filter(c -> c.schoolId().equals(schoolId))
                    .map(Contact::mergedInto).orElse(null);
            if (into == null) {
                return current;
            }
            current = into;
        }
        return current;
    }
}
