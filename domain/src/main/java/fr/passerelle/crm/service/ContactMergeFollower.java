package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Follows contact merges: when a contact is merged into another, its deals and tasks move to the survivor, each
 * remembering the contact it came from; when the merge is undone, exactly those move back. Idempotent: a replayed
 * merge finds nothing left on the merged contact, a replayed undo nothing left marked as moved.
 */
public class ContactMergeFollower implements EventSubscriber {

    /** Records moved per read: a contact has a handful; the loop goes on until none is left. */
    private static final int BATCH = 100;

    private final Deals deals;
    private final Tasks tasks;
    private final EventFactory events;
    private final Clock clock;

    public ContactMergeFollower(Deals deals, Tasks tasks, EventFactory events, Clock clock) {
        this.deals = deals;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
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
        String school = event.attribute(ContactEvents.SCHOOL_ID);
        String survivor = event.attribute(ContactEvents.CONTACT_ID);
        String merged = event.attribute(ContactEvents.MERGED_CONTACT_ID);
        if (school == null || survivor == null || merged == null) {
            return;
        }
        if (event.type().equals(ContactEvents.MERGED)) {
            moveAll(() -> deals.findByContact(school, merged, BATCH), deal -> deal.withContact(survivor, merged, clock.instant()));
            moveAllTasks(() -> tasks.findByContact(school, merged, BATCH), task -> task.withContact(survivor, merged, clock.instant()));
        } else {
            moveAll(() -> deals.findMovedFrom(school, survivor, merged, BATCH),
                    deal -> deal.withContact(merged, null, clock.instant()));
            moveAllTasks(() -> tasks.findMovedFrom(school, survivor, merged, BATCH),
                    task -> task.withContact(merged, null, clock.instant()));
        }
    }

    private void moveAll(Supplier<List<Deal>> batch, UnaryOperator<Deal> move) {
        repeat(batch, deal -> new VersionedChange<>(() -> deals.findById(deal.id()).orElseThrow(), Deal::version,
                (before, after) -> deals.update(after, events.changed(CrmEvents.DEAL_UPDATED, Initiator.system(),
                        before, after, CrmEvents.of(after)))).apply(null, current ->
                current.contactId().equals(deal.contactId()) ? move.apply(current) : current));
    }

    private void moveAllTasks(Supplier<List<Task>> batch, UnaryOperator<Task> move) {
        repeat(batch, task -> new VersionedChange<>(() -> tasks.findById(task.id()).orElseThrow(), Task::version,
                (before, after) -> tasks.update(after, events.changed(CrmEvents.TASK_UPDATED, Initiator.system(),
                        before, after, CrmEvents.of(after)))).apply(null, current ->
                Objects.equals(current.contactId(), task.contactId()) ? move.apply(current) : current));
    }

    /** Moves batches until a read finds none left (each move takes its record out of the next read). */
    private static <T> void repeat(Supplier<List<T>> batch, Function<T, T> move) {
        for (List<T> found = batch.get(); !found.isEmpty(); found = batch.get()) {
            found.forEach(move::apply);
        }
    }
}
