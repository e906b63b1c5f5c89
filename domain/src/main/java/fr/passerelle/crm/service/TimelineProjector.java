package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.crm.port.out.ContactDocuments;
import fr.passerelle.crm.port.out.ContactInteractions;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feeds contacts' timelines from the relay: what the CRM's other parts did (deals, tasks, the contact's own stage
 * moves), the platform's own events about a person some contacts stand for (applications, agreements, the learner
 * profile), and — again, as a safety net for a crash between a write and its direct entry — interactions, notes and
 * documents. Idempotent: an entry's id derives from its source event (or record), and recording it twice keeps one.
 */
public class TimelineProjector implements EventSubscriber {

    /** Events of the CRM's other parts, by the kind of entry they make; they carry {@code contactId}. */
    private static final Map<String, TimelineEntryKind> CRM_EVENTS = Map.ofEntries(
            Map.entry("deal.created", TimelineEntryKind.DEAL), Map.entry("deal.moved", TimelineEntryKind.DEAL),
            Map.entry("deal.won", TimelineEntryKind.DEAL), Map.entry("deal.lost", TimelineEntryKind.DEAL),
            Map.entry("task.created", TimelineEntryKind.TASK), Map.entry("task.completed", TimelineEntryKind.TASK),
            Map.entry("task.overdue", TimelineEntryKind.TASK), Map.entry(ContactEvents.NO_REPLY,
                    TimelineEntryKind.CONTACT),
            Map.entry(ContactEvents.CREATED, TimelineEntryKind.CONTACT),
            Map.entry(ContactEvents.STAGE_CHANGED, TimelineEntryKind.CONTACT),
            Map.entry(ContactEvents.MERGED, TimelineEntryKind.CONTACT),
            Map.entry(ContactEvents.UNMERGED, TimelineEntryKind.CONTACT),
            // An enrollment's milestones: its events carry schoolId and contactId as the CRM's own do.
            Map.entry(EnrollmentEvents.ENROLLMENT_CREATED, TimelineEntryKind.PLATFORM),
            Map.entry(EnrollmentEvents.ENROLLMENT_SUBMITTED, TimelineEntryKind.PLATFORM),
            Map.entry(EnrollmentEvents.ENROLLMENT_SIGNED, TimelineEntryKind.PLATFORM),
            Map.entry(EnrollmentEvents.ENROLLMENT_CONFIRMED, TimelineEntryKind.PLATFORM),
            Map.entry(EnrollmentEvents.ENROLLMENT_COMPLETED, TimelineEntryKind.PLATFORM),
            Map.entry(EnrollmentEvents.ENROLLMENT_CANCELLED, TimelineEntryKind.PLATFORM),
            Map.entry(EnrollmentEvents.ENROLLMENT_ABANDONED, TimelineEntryKind.PLATFORM));
    /**
     * The platform's events worth a line on the person's timeline: they name the school ({@code school}) and the
     * person (the learner profile as the aggregate, or the account as {@code learner}).
     */
    private static final Set<String> PLATFORM_EVENTS = Set.of(
            "learner.registered", "learner.imported", "learner.claimed",
            "application.submitted", "application.status_changed", "application.interview_scheduled",
            "agreement.created", "agreement.sent_for_signature", "agreement.signed",
            "followup.attestation_issued");
    private static final Set<String> OWN_EVENTS = Set.of(CrmTimelineEvents.INTERACTION_LOGGED,
            CrmTimelineEvents.NOTE_ADDED, CrmTimelineEvents.NOTE_DELETED, CrmTimelineEvents.DOCUMENT_ADDED,
            CrmTimelineEvents.DOCUMENT_DELETED);
    private static final String SCHOOL_KEY_PREFIX = "school:";

    private final TimelineEntries timeline;
    private final TimelineContacts contacts;
    private final ContactInteractions lastInteractions;
    private final Interactions interactions;
    private final Notes notes;
    private final ContactDocuments documents;

    public TimelineProjector(TimelineEntries timeline, TimelineContacts contacts, ContactInteractions lastInteractions,
                             Interactions interactions, Notes notes, ContactDocuments documents) {
        this.timeline = timeline;
        this.contacts = contacts;
        this.lastInteractions = lastInteractions;
        this.interactions = interactions;
        this.notes = notes;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "crm-timeline";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return OWN_EVENTS.contains(event.type()) || CRM_EVENTS.containsKey(event.type())
                || PLATFORM_EVENTS.contains(event.type()) && schoolOf(event) != null;
    }

    @Override
    public void on(DomainEvent event) {
        if (OWN_EVENTS.contains(event.type())) {
            own(event);
        } else if (CRM_EVENTS.containsKey(event.type())) {
            String schoolId = schoolOf(event);
            String contactId = event.attribute(ContactEvents.CONTACT_ID) != null
                    ? event.attribute(ContactEvents.CONTACT_ID) : event.aggregateId();
            if (schoolId != null) {
                timeline.record(entry(event, schoolId, contactId, CRM_EVENTS.get(event.type())));
            }
        } else {
            String schoolId = schoolOf(event);
            String learnerId = "Learner".equals(event.aggregateType()) ? event.aggregateId() : null;
            for (TimelineContacts.ContactKey contact : contacts.linkedTo(schoolId, learnerId,
                    event.attribute("learner"))) {
                timeline.record(entry(event, contact.schoolId(), contact.contactId(), TimelineEntryKind.PLATFORM));
            }
        }
    }

    private void own(DomainEvent event) {
        String id = event.aggregateId();
        switch (event.type()) {
            case CrmTimelineEvents.INTERACTION_LOGGED -> interactions.findById(id).ifPresent(interaction -> {
                timeline.record(entryOf(interaction));
                lastInteractions.recordInteraction(interaction.schoolId(), interaction.contactId(),
                        interaction.direction(), interaction.occurredAt());
            });
            case CrmTimelineEvents.NOTE_ADDED -> notes.findById(id).filter(note -> !note.isDeleted())
                    .ifPresent(note -> timeline.record(entryOf(note)));
            case CrmTimelineEvents.DOCUMENT_ADDED -> documents.findById(id).filter(d -> !d.isDeleted())
                    .ifPresent(document -> timeline.record(entryOf(document)));
            case CrmTimelineEvents.NOTE_DELETED -> timeline.remove(TimelineEntry.keyOf(TimelineEntryKind.NOTE, id));
            case CrmTimelineEvents.DOCUMENT_DELETED ->
                    timeline.remove(TimelineEntry.keyOf(TimelineEntryKind.DOCUMENT, id));
            default -> { }
        }
    }

    static TimelineEntry entryOf(Interaction interaction) {
        return TimelineEntry.of(TimelineEntryKind.INTERACTION, CrmTimelineEvents.INTERACTION_LOGGED, interaction,
                "Interaction", interaction.occurredAt());
    }

    /** The line a note puts on its contact's timeline (public: the CRM benchmark seeds timelines the same way). */
    public static TimelineEntry entryOf(Note note) {
        return TimelineEntry.of(TimelineEntryKind.NOTE, CrmTimelineEvents.NOTE_ADDED, note, "Note",
                note.createdAt());
    }

    static TimelineEntry entryOf(ContactDocument document) {
        return TimelineEntry.of(TimelineEntryKind.DOCUMENT, CrmTimelineEvents.DOCUMENT_ADDED, document,
                "ContactDocument", document.uploadedAt());
    }

    private static TimelineEntry entry(DomainEvent event, String schoolId, String contactId, TimelineEntryKind kind) {
        return new TimelineEntry(event.id() + ":" + contactId, schoolId, contactId, kind, event.type(),
                event.aggregateType(), event.aggregateId(), event.occurredAt(), List.of());
    }

    /** The school an event names: {@code schoolId} (the CRM's parts) or {@code school} ({@code school:<id>}). */
    private static String schoolOf(DomainEvent event) {
        String schoolId = event.attribute(ContactEvents.SCHOOL_ID);
        if (schoolId != null) {
            return schoolId;
        }
        String key = event.attribute("school");
        return key != null && key.startsWith(SCHOOL_KEY_PREFIX) ? key.substring(SCHOOL_KEY_PREFIX.length()) : null;
    }
}
