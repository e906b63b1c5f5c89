package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;

/**
 * Follows contact merges: when a contact is merged into another, its deals and tasks move to the survivor, each
 * extending its merge trail; when the merge is undone, exactly those whose trail ends with the merged contact move
 * back (also after chained merges). Safe on redelivered and reordered events: it acts only when the merged contact is
 * still merged into that survivor (for a merge) or active again (for an undo), see {@link MergeMove}.
 */
public class DealMergeFollower implements EventSubscriber {

    private final Contacts contacts;
    private final Deals deals;
    private final Tasks tasks;
    private final EventFactory events;

    public DealMergeFollower(Contacts contacts, Deals deals, Tasks tasks, EventFactory events) {
        this.contacts = contacts;
        this.deals = deals;
        this.tasks = tasks;
        this.events = events;
    }

    @Override
    public String name() {
        return "crm-deals-contact-merges";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(ContactEvents.MERGED) || event.type().equals(ContactEvents.UNMERGED);
    }

    @Override
    public void on(DomainEvent event) {
        MergeMove.of(event, contacts).ifPresent(move -> {
            MergeMoves.apply(move, deals, (before, after) -> deals.update(after, events.changed(
                    CrmEvents.DEAL_UPDATED, Initiator.system(), before, after, CrmEvents.of(after))));
            MergeMoves.apply(move, tasks, (before, after) -> tasks.update(after, events.changed(
                    CrmEvents.TASK_UPDATED, Initiator.system(), before, after, CrmEvents.of(after))));
        });
    }
}
