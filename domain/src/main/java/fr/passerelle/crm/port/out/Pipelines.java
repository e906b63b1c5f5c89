package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** Where pipelines are kept. */
public interface Pipelines extends AggregateStore<Pipeline> {

    /** The school's pipelines, oldest first, at most {@code limit}. */
    List<Pipeline> findBySchool(String schoolId, int limit);

    long countBySchool(String schoolId);
}
