package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Segment;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** Where segments are kept. */
public interface Segments extends AggregateStore<Segment> {

    /** The school's segments not deleted, by name, at most {@code limit}. */
    List<Segment> findBySchool(String schoolId, int limit);

    /** How many segments not deleted the school has. */
    long countBySchool(String schoolId);
}
