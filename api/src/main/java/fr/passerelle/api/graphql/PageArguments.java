package fr.passerelle.api.graphql;

/**
 * The Relay arguments every connection field takes, bound with {@code @Arguments}; name the ordering to page with.
 */
public record PageArguments(Integer first, String after, Integer last, String before) {

    public ConnectionArguments orderedBy(String order) {
        return new ConnectionArguments(first, after, last, before, order);
    }

    /** Cursors record field and direction, so one issued under one direction is refused under the other. */
    public ConnectionArguments orderedBy(OrderInput<?> order) {
        return orderedBy(order.field().name() + "_" + order.direction());
    }
}
