package fr.passerelle.privacy.port.out;

import java.util.Collection;
import java.util.Set;

/**
 * The records a legal hold keeps after their person's erasure (GDPR art. 18(1)(b) and 17(3)(b)): read paths ask it
 * which of the records they are about to show are restricted, in one question per list rather than one per record.
 */
@FunctionalInterface
public interface RestrictedRecords {

    /** Those of the ids, in the collection, that a legal hold restricts; ids not held are left out. */
    Set<String> restrictedAmong(String collection, Collection<String> ids);
}
