package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.membership.model.Actor;

/**
 * Merging two contacts of one school that are the same person, and undoing it within
 * {@link fr.passerelle.crm.model.MergeRecord#UNDO_WINDOW} (school admins and admissions).
 */
public interface ContactMergeUseCases {

    /** The two contacts after a merge or its undo. */
    record Merged(Contact survivor, Contact merged) {
    }

    /**
     * Merges the two: the older survives whatever the order given ({@code ContactMerge}). Emits {@code contact.merged}
     * on the survivor, naming the merged contact, for the other CRM parts to re-point what they hold.
     */
    Merged merge(Actor actor, String oneId, String otherId);

    /**
     * Undoes the merge of this merged-away contact: it is active again, and the survivor loses what the merge gave it
     * and still holds. Emits {@code contact.unmerged} on the survivor, naming the restored contact.
     */
    Merged undo(Actor actor, String mergedId);
}
