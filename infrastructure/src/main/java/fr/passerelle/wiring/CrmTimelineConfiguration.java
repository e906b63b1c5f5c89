package fr.passerelle.wiring;

import fr.passerelle.crm.port.out.ContactDocuments;
import fr.passerelle.crm.port.out.ContactInteractions;
import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.crm.service.ContactDocumentService;
import fr.passerelle.crm.service.TimelineMergeFollower;
import fr.passerelle.crm.service.InteractionService;
import fr.passerelle.crm.service.NoteService;
import fr.passerelle.crm.service.TimelineProjector;
import fr.passerelle.crm.service.TimelineService;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A contact's timeline: interactions, notes, documents, the timeline read model and what feeds it. */
@Configuration(proxyBeanMethods = false)
class CrmTimelineConfiguration {

    @Bean
    InteractionService interactionService(Interactions interactions, TimelineEntries timeline,
                                          TimelineContacts contacts, ContactInteractions lastInteractions,
                                          IdGenerator ids, EventFactory events, Clock clock) {
        return new InteractionService(interactions, timeline, contacts, lastInteractions, ids, events, clock);
    }

    @Bean
    NoteService noteService(Notes notes, TimelineEntries timeline, TimelineContacts contacts, IdGenerator ids,
                            EventFactory events, Clock clock) {
        return new NoteService(notes, timeline, contacts, ids, events, clock);
    }

    @Bean
    ContactDocumentService contactDocumentService(ContactDocuments documents, ContactFiles files,
                                                  TimelineEntries timeline, TimelineContacts contacts,
                                                  IdGenerator ids, EventFactory events, Clock clock) {
        return new ContactDocumentService(documents, files, timeline, contacts, ids, events, clock);
    }

    @Bean
    TimelineService timelineService(TimelineEntries timeline, TimelineContacts contacts) {
        return new TimelineService(timeline, contacts);
    }

    @Bean
    TimelineProjector timelineProjector(TimelineEntries timeline, TimelineContacts contacts,
                                        ContactInteractions lastInteractions, Interactions interactions, Notes notes,
                                        ContactDocuments documents) {
        return new TimelineProjector(timeline, contacts, lastInteractions, interactions, notes, documents);
    }

    @Bean
    TimelineMergeFollower timelineMergeFollower(Contacts contacts, Interactions interactions, Notes notes,
                                                ContactDocuments documents, TimelineEntries timeline,
                                                EventFactory events) {
        return new TimelineMergeFollower(contacts, interactions, notes, documents, timeline, events);
    }
}
