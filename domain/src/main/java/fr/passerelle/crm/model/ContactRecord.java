package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Aggregate;
import java.util.List;

/** An aggregate filed on one contact of one school, which follows the contact through merges and their undoing. */
public interface ContactRecord<T extends ContactRecord<T>> extends Aggregate {

    String schoolId();

    String contactId();

    /** See {@link MergeTrail}. */
    List<String> mergedFrom();

    /** The record filed on {@code survivor}, remembering where it came from. */
    T movedTo(String survivor);

    /** The record back on {@code mergedContactId} when the latest merge moved it from there; itself otherwise. */
    T movedBackTo(String mergedContactId);

    /** Whether undoing the merge of {@code mergedContactId} takes this record back there. */
    default boolean cameFrom(String mergedContactId) {
        return MergeTrail.last(mergedFrom()).filter(mergedContactId::equals).isPresent();
    }
}
