package fr.passerelle.crm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contacts a record was moved away from by merges, oldest first, so that undoing a merge moves back exactly what
 * that merge moved: after A merged into B and B into C, A's records at C carry {@code [A, B]}; undoing the second
 * merge takes them back to B (the last one), undoing the first then back to A.
 */
public final class MergeTrail {

    private MergeTrail() {
    }

    /** The trail after moving from {@code contactId}. */
    public static List<String> push(List<String> trail, String contactId) {
        List<String> moved = new ArrayList<>(trail);
        moved.add(contactId);
        return List.copyOf(moved);
    }

    /** The contact the latest merge moved the record from, if any. */
    public static Optional<String> last(List<String> trail) {
        return trail.isEmpty() ? Optional.empty() : Optional.of(trail.get(trail.size() - 1));
    }

    /** The trail once the latest move is undone. */
    public static List<String> pop(List<String> trail) {
        return List.copyOf(trail.subList(0, trail.size() - 1));
    }
}
