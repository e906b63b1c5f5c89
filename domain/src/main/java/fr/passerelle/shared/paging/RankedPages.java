package fr.passerelle.shared.paging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pages over a list ranked in memory (match results, scored in Java): the list is bounded before it is
 * ranked, and a page is the items strictly after (or before) a keyset in the ranking, so a cursor stays valid
 * whatever was added or removed meanwhile. The ranking is by a whole-number rank, highest first, then by id.
 */
public final class RankedPages {

    private RankedPages() {
    }

    /** Highest rank first, then ids in ascending order: the order the keysets of {@link #page} follow. */
    public static <T> Comparator<T> order(Function<T, Long> rank, Function<T, String> id) {
        return Comparator.<T, Long>comparing(rank).reversed().thenComparing(id);
    }

    /**
     * The page of {@code items} (in any order) that {@code paging} asks for, each with its keyset {@code (rank, id)}.
     */
    public static <T> Page<T> page(List<T> items, Function<T, Long> rank, Function<T, String> id, Paging paging) {
        Comparator<T> order = order(rank, id);
        List<T> ranked = items.stream().sorted(order).toList();
        Keyset after = paging.backward() ? null : paging.after();
        Keyset before = paging.backward() ? paging.before() : null;
        List<T> window = new ArrayList<>();
        for (T item : ranked) {
            if ((after == null || compare(rank, id, item, after) > 0)
                    && (before == null || compare(rank, id, item, before) < 0)) {
                window.add(item);
            }
        }
        boolean more = window.size() > paging.size();
        List<T> slice = !more ? window : paging.backward()
                ? window.subList(window.size() - paging.size(), window.size()) : window.subList(0, paging.size());
        List<Keyset> keys = slice.stream().map(item -> new Keyset(rank.apply(item), id.apply(item))).toList();
        boolean fromCursor = paging.backward() ? before != null : after != null;
        return paging.backward() ? new Page<>(slice, keys, fromCursor, more)
                : new Page<>(slice, keys, more, fromCursor);
    }

    /** Where an item stands against a keyset in the ranking: negative before it, positive after it. */
    private static <T> int compare(Function<T, Long> rank, Function<T, String> id, T item, Keyset keyset) {
        long keyRank = keyset.sortValue() instanceof Number number ? number.longValue() : Long.MIN_VALUE;
        int byRank = Long.compare(keyRank, rank.apply(item));
        return byRank != 0 ? byRank : id.apply(item).compareTo(keyset.id());
    }
}
