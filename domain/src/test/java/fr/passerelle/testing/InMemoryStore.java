package fr.passerelle.testing;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.port.AggregateStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@link AggregateStore} contract in a map, for the fakes of the out-ports: one unique value per aggregate
 * (reported under {@code uniqueKey}) and optimistic locking on {@code version}; the events written with the changes
 * are kept for assertions.
 */
public abstract class InMemoryStore<T extends Aggregate> implements AggregateStore<T> {

    protected final Map<String, T> byId = new TreeMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final String uniqueKey;
    private final Function<T, Object> uniqueValue;
    private final BiFunction<T, Long, T> withVersion;

    protected InMemoryStore(String uniqueKey, Function<T, Object> uniqueValue, BiFunction<T, Long, T> withVersion) {
        this.uniqueKey = uniqueKey;
        this.uniqueValue = uniqueValue;
        this.withVersion = withVersion;
    }

    @Override
    public Optional<T> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<T> findAllById(Collection<String> ids) {
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public T insert(T aggregate, DomainEvent event) {
        if (byId.containsKey(aggregate.id()) || taken(aggregate)) {
            throw new DuplicateKeyException(uniqueKey);
        }
        byId.put(aggregate.id(), aggregate);
        events.add(event);
        return aggregate;
    }

    @Override
    public T update(T aggregate, DomainEvent event) {
        T stored = byId.get(aggregate.id());
        if (stored == null || stored.version() != aggregate.version()) {
            throw new ConcurrentUpdateException(aggregate.getClass().getSimpleName(), aggregate.id());
        }
        if (taken(aggregate)) {
            throw new DuplicateKeyException(uniqueKey);
        }
        T saved = withVersion.apply(aggregate, aggregate.version() + 1);
        byId.put(saved.id(), saved);
        events.add(event);
        return saved;
    }

    /** Stores an aggregate as test data: no checks, no event (it is the scene, not the action under test). */
    public void seed(T aggregate) {
        byId.put(aggregate.id(), aggregate);
    }

    /** The events stored with the writes, in order: what the relay would deliver. */
    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /** The types of {@link #events()}. */
    public List<String> eventTypes() {
        return events.stream().map(DomainEvent::type).toList();
    }

    public int size() {
        return byId.size();
    }

    public List<T> all() {
        return List.copyOf(byId.values());
    }

    private boolean taken(T aggregate) {
        Object value = uniqueValue.apply(aggregate);
        return byId.values().stream().anyMatch(other -> !other.id().equals(aggregate.id())
                && uniqueValue.apply(other).equals(value));
    }
}
