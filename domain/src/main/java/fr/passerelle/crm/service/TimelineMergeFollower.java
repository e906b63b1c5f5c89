package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.port.out.ContactDocuments;
import fr.passerelle.crm.port.out.ContactRecords;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;

/**
 * Follows contact merges: when the contacts part merges a contact into a survivor ({@code contact.merged}), the
 * merged contact's interactions, notes, documents and timeline entries move to the survivor, each remembering where it
 * came from ({@code mergedFrom}); undoing the merge ({@code contact.unmerged}) moves back exactly those. Safe on
 * redelivered and reordered events: it acts only while the contacts are as the event says ({@link MergeMove}).
 */
public class TimelineMergeFollower implements EventSubscriber {

    private final Contacts contacts;
    private final Interactions interactions;
    private final Notes notes;
    private final ContactDocuments documents;
    private final TimelineEntries timeline;
    private final EventFactory events;

    public TimelineMergeFollower(Contacts contacts, Interactions interactions, Notes notes, ContactDocuments documents,
                                TimelineEntries timeline, EventFactory events) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.notes = notes;
        this.documents = documents;
        this.timeline = timeline;
        this.events = events;
    }

    @Override
    public String name() {
        return "crm-contact-merges";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return (ContactEvents.MERGED.equals(event.type()) || ContactEvents.UNMERGED.equals(event.type()))
                && event.attribute(ContactEvents.SCHOOL_ID) != null && event.attribute(ContactEvents.CONTACT_ID) != null
                && event.attribute(ContactEvents.MERGED_CONTACT_ID) != null;
    }

    @Override
    public void on(DomainEvent event) {
        Initiator by = event.initiator();
        MergeMove.of(event, contacts).ifPresent(move -> {
            MergeMoves.apply(move, interactions, (before, after) ->
                    move(interactions, CrmTimelineEvents.INTERACTION_MOVED, before, after, by));
            MergeMoves.apply(move, notes, (before, after) ->
                    move(notes, CrmTimelineEvents.NOTE_MOVED, before, after, by));
            MergeMoves.apply(move, documents, (before, after) ->
                    move(documents, CrmTimelineEvents.DOCUMENT_MOVED, before, after, by));
            if (move.undo()) {
                timeline.moveBack(move.schoolId(), move.survivor(), move.merged());
            } else {
                timeline.moveAll(move.schoolId(), move.merged(), move.survivor());
            }
        });
    }

    /** A lost race (someone edited the record meanwhile) throws: the relay retries the whole event, which resumes. */
    private <T extends Record & ContactRecord<T>> void move(ContactRecords<T> store, String type, T before, T after,
                                                   Initiator by) {
        store.update(after, events.changed(type, by, before, after, CrmTimelineEvents.attributesOf(after)));
    }
}
