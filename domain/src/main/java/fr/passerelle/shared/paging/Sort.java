package fr.passerelle.shared.paging;

import java.util.Objects;

/** An order on one field of an aggregate (ties are broken by id, in the same direction). */
public record Sort<F extends Enum<F>>(F field, boolean ascending) {

    public Sort {
        Objects.requireNonNull(field, "field");
    }
}
