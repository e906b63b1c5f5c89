package fr.passerelle.shared.paging;

import java.util.Objects;

/**
 * The position of one item in a sorted list: its sort value and its id (the tie-breaker). Pages start after or
 * before a keyset, so page 1,000 costs what page 1 costs.
 *
 * @param sortValue a String, an Instant or a Long, as the order's field holds
 */
public record Keyset(Object sortValue, String id) {

    public Keyset {
        Objects.requireNonNull(sortValue, "sortValue");
        Objects.requireNonNull(id, "id");
    }
}
