package fr.passerelle.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A slice of a sorted list, each item with its keyset so the API can hand out cursors.
 *
 * <p>{@code hasPreviousPage} when reading forward (and {@code hasNextPage} when reading backward) is true exactly
 * when the read started from a cursor: cheap, and what the Relay specification allows.
 */
public record Page<T>(List<T> items, List<Keyset> keys, boolean hasNextPage, boolean hasPreviousPage) {

    public Page {
        items = List.copyOf(items);
        keys = List.copyOf(keys);
        if (items.size() != keys.size()) {
            throw new IllegalArgumentException("every item needs its keyset");
        }
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), List.of(), false, false);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), keys, hasNextPage, hasPreviousPage);
    }
}
