package fr.passerelle.shared.port;

import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.Aggregate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What every aggregate's out-port offers: reads by id and atomic, optimistically locked writes. Every write carries
 * the {@link DomainEvent} describing it, stored in the same atomic write, so a change and its event exist together
 * or not at all; there is no way to change an aggregate silently.
 */
public interface AggregateStore<T extends Aggregate> {

    Optional<T> findById(String id);

    /** The aggregates that exist among the ids, in no particular order. */
    List<T> findAllById(Collection<String> ids);

    /** Stores a new aggregate at version 0. @throws fr.passerelle.shared.error.DuplicateKeyException on a taken unique value */
    T insert(T aggregate, DomainEvent event);

    /**
     * Stores the aggregate if the stored version is still {@code aggregate.version()}, incrementing it.
     *
     * @throws fr.passerelle.shared.error.ConcurrentUpdateException when it is not
     * @throws fr.passerelle.shared.error.DuplicateKeyException when a unique value is taken
     */
    T update(T aggregate, DomainEvent event);
}
