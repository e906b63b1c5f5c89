package fr.passerelle.testing;

import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Plain records kept by id, for the fakes of the ports that are not aggregate stores (audit entries, notifications,
 * jobs, mails, reminders). Adding is idempotent on the id, as a real adapter's unique index makes it.
 *
 * <p>Simplification: {@link #page} returns the first {@code paging.size()} matches in the given order and ignores
 * cursors and backward reading, which is enough for tests holding fewer items than a page.
 */
public abstract class InMemoryRecords<T> {

    private final Map<String, T> byId = new LinkedHashMap<>();
    private final Function<T, String> idOf;

    protected InMemoryRecords(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    public Optional<T> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The records that exist among the ids. */
    public List<T> findAllById(Collection<String> ids) {
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Everything stored, in the order it was first added. */
    public List<T> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** Stores the record unless one with its id exists; true when it was new. */
    protected boolean addIfAbsent(T record) {
        return byId.putIfAbsent(idOf.apply(record), record) == null;
    }

    /** Stores the record, replacing the one with its id. */
    protected void put(T record) {
        byId.put(idOf.apply(record), record);
    }

    /** Removes the record with this id; true when there was one. */
    protected boolean delete(String id) {
        return byId.remove(id) != null;
    }

    protected List<T> matching(Predicate<T> which, Comparator<T> order) {
        return byId.values().stream().filter(which).sorted(order).toList();
    }

    protected Page<T> page(Predicate<T> which, Comparator<T> order, Function<T, Object> sortValue, Paging paging) {
        List<T> matches = matching(which, order);
        List<T> items = matches.stream().limit(paging.size()).toList();
        List<Keyset> keys = items.stream().map(item -> new Keyset(sortValue.apply(item), idOf.apply(item))).toList();
        return new Page<>(items, keys, matches.size() > items.size(), false);
    }
}
