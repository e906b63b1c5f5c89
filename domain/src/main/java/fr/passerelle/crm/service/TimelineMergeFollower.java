package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.port.out.ContactDocuments;
import fr.passerelle.crm.port.out.ContactRecords;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import java.util.List;

/**
 * Follows contact merges: when the contacts part merges a contact into a survivor ({@code contact.merged}), the
 * merged contact's interactions, notes, documents and timeline entries move to the survivor, each remembering where it
 * came from ({@code mergedFrom}); undoing the merge ({@code contact.unmerged}) moves back exactly those. Idempotent:
 * a redelivered merge finds nothing left on the merged contact, a redelivered undo nothing left to move back.
 */
public class TimelineMergeFollower implements EventSubscriber {

    /** Records moved per read: a merge of a long history is several short writes, never one huge read. */
    static final int BATCH = 100;

    private final Interactions interactions;
    private final Notes notes;
    private final ContactDocuments documents;
    private final TimelineEntries timeline;
    private final EventFactory events;

    public TimelineMergeFollower(Interactions interactions, Notes notes, ContactDocuments documents,
                                TimelineEntries timeline, EventFactory events) {
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
        String schoolId = event.attribute(ContactEvents.SCHOOL_ID);
        String survivor = event.attribute(ContactEvents.CONTACT_ID);
        String merged = event.attribute(ContactEvents.MERGED_CONTACT_ID);
        Initiator by = event.initiator();
        if (ContactEvents.MERGED.equals(event.type())) {
            merge(interactions, CrmTimelineEvents.INTERACTION_MOVED, schoolId, merged, survivor, by);
            merge(notes, CrmTimelineEvents.NOTE_MOVED, schoolId, merged, survivor, by);
            merge(documents, CrmTimelineEvents.DOCUMENT_MOVED, schoolId, merged, survivor, by);
            timeline.moveAll(schoolId, merged, survivor);
        } else {
            unmerge(interactions, CrmTimelineEvents.INTERACTION_MOVED, schoolId, survivor, merged, by);
            unmerge(notes, CrmTimelineEvents.NOTE_MOVED, schoolId, survivor, merged, by);
            unmerge(documents, CrmTimelineEvents.DOCUMENT_MOVED, schoolId, survivor, merged, by);
            timeline.moveBack(schoolId, survivor, merged);
        }
    }

    private <T extends Record & ContactRecord<T>> void merge(ContactRecords<T> store, String type, String schoolId,
                                                    String merged, String survivor, Initiator by) {
        List<T> batch;
        do {
            batch = store.findByContact(schoolId, merged, BATCH);
            batch.forEach(record -> move(store, type, record, record.movedTo(survivor), by));
        } while (batch.size() == BATCH);
    }

    private <T extends Record & ContactRecord<T>> void unmerge(ContactRecords<T> store, String type, String schoolId,
                                                      String survivor, String merged, Initiator by) {
        List<T> batch;
        do {
            batch = store.findMergedFrom(schoolId, survivor, merged, BATCH).stream()
                    .filter(record -> record.cameFrom(merged)).toList();
            batch.forEach(record -> move(store, type, record, record.movedBackTo(merged), by));
        } while (batch.size() == BATCH);
    }

    /** A lost race (someone edited the record meanwhile) throws: the relay retries the whole event, which resumes. */
    private <T extends Record & ContactRecord<T>> void move(ContactRecords<T> store, String type, T before, T after,
                                                   Initiator by) {
        store.update(after, events.changed(type, by, before, after, CrmTimelineEvents.attributesOf(after)));
    }
}
