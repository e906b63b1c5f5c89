package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactMerge;
import fr.passerelle.crm.model.MergeRecord;
import fr.passerelle.crm.port.in.ContactMergeUseCases;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Merges and unmerges contacts. Two contacts change, and no transaction spans them, so the writes are ordered to
 * leave a state an undo repairs whatever happens between them: the merged contact is marked first (with the record
 * of the survivor's state before and after), then the survivor takes what it lacked. When the survivor changed in
 * between, the mark is taken back and the merge refused as stale. An undo is refused while the survivor is itself
 * merged away (its own merge must be undone first) or when the restored contact would duplicate another.
 */
public class ContactMergeService implements ContactMergeUseCases {

    private final ContactService contactService;
    private final Contacts contacts;
    private final EventFactory events;
    private final Clock clock;

    public ContactMergeService(ContactService contactService, Contacts contacts, EventFactory events, Clock clock) {
        this.contactService = contactService;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Merged merge(Actor actor, String oneId, String otherId) {
        Contact one = contactService.workable(actor, oneId);
        Contact other = contactService.workable(actor, otherId);
        if (one.id().equals(other.id())) {
            throw BusinessRuleViolation.of("mergeId", ErrorCode.INVALID, "error.crm.merge.itself");
        }
        if (!one.schoolId().equals(other.schoolId())) {
            throw BusinessRuleViolation.of("mergeId", ErrorCode.INVALID, "error.crm.merge.same-school");
        }
        ContactMerge.Pair pair = ContactMerge.order(one, other);
        Instant now = clock.instant();
        Contact survivor = ContactMerge.absorb(pair.survivor(), pair.merged(), now);
        MergeRecord record = ContactMerge.record(pair.survivor(), survivor, actor.subject(), now);
        Initiator by = actor.initiatorFor(Tenant.school(survivor.schoolId()));
        Contact merged = store(by, ContactEvents.MERGED_AWAY, pair.merged(),
                pair.merged().withMerge(record, now), survivor.id());
        try {
            Contact kept = store(by, ContactEvents.MERGED, pair.survivor(), survivor, merged.id());
            return new Merged(kept, merged);
        } catch (ConcurrentUpdateException lostRace) {
            store(by, ContactEvents.RESTORED, merged, merged.withMerge(null, clock.instant()), survivor.id());
            throw BusinessRuleViolation.of("keepId", ErrorCode.STALE_VERSION, "error.version.outdated");
        }
    }

    @Override
    public Merged undo(Actor actor, String mergedId) {
        Contact merged = contacts.findById(mergedId)
                .filter(c -> !c.isActive() && CrmAccess.mayRead(actor, c.schoolId()))
                .orElseThrow(() -> new NotFoundException(ContactService.TYPE, mergedId));
        CrmAccess.requireWork(actor, merged.schoolId());
        MergeRecord record = merged.merge();
        if (!record.undoableAt(clock.instant())) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE, "error.crm.merge.too-late",
                    MergeRecord.UNDO_WINDOW.toDays());
        }
        Initiator by = actor.initiatorFor(Tenant.school(merged.schoolId()));
        Contact survivor = contacts.findById(record.into()).orElseThrow(
                () -> new NotFoundException(ContactService.TYPE, record.into()));
        if (!survivor.isActive()) {
            // The survivor's own merge holds what it took from this contact (e-mail, phone): undo that one first.
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE, "error.crm.merge.survivor-merged");
        }
        // A contact created meanwhile with this one's e-mail or phone would become its duplicate.
        contactService.rejectDuplicate(merged.schoolId(), merged.details(), Set.of(merged.id(), survivor.id()));
        Contact reverted = store(by, ContactEvents.UNMERGED, survivor,
                ContactMerge.takeBack(survivor, record, clock.instant()), merged.id());
        Contact restored = store(by, ContactEvents.RESTORED, merged, merged.withMerge(null, clock.instant()),
                reverted.id());
        return new Merged(reverted, restored);
    }

    /** Stores {@code after} over {@code before}, its event naming the other contact of the merge. */
    private Contact store(Initiator by, String type, Contact before, Contact after, String otherId) {
        return contacts.update(after, events.changed(type, by, before, after,
                ContactEvents.attributesOf(after, ContactEvents.MERGED_CONTACT_ID, otherId)));
    }
}
