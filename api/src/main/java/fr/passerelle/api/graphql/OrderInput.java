package fr.passerelle.api.graphql;

import fr.passerelle.shared.paging.Sort;

/** An {@code XOrder} input: a field of the aggregate and a direction. */
public interface OrderInput<F extends Enum<F>> {

    F field();

    OrderDirection direction();

    default Sort<F> sort() {
        return new Sort<>(field(), direction() != OrderDirection.DESC);
    }
}
