package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;

/** A contact's timeline: everything that happened to it, newest first. */
public interface TimelineUseCases {

    /** One page. @throws fr.passerelle.shared.error.NotFoundException for a contact the actor may not read */
    Page<TimelineEntry> timeline(Actor actor, String contactId, Paging paging);
}
