package fr.passerelle.crm.service;

import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.port.in.TimelineUseCases;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;

/** Reads timelines for whoever may read the contact's CRM: one indexed read per page. */
public class TimelineService implements TimelineUseCases {

    private final TimelineEntries timeline;
    private final ContactScope scope;

    public TimelineService(TimelineEntries timeline, TimelineContacts contacts) {
        this.timeline = timeline;
        this.scope = new ContactScope(contacts);
    }

    @Override
    public Page<TimelineEntry> timeline(Actor actor, String contactId, Paging paging) {
        String schoolId = scope.readable(actor, contactId);
        return timeline.page(schoolId, contactId, CrmAccess.readableEntries(actor, schoolId), paging);
    }
}
