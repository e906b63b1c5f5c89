package fr.passerelle.api.graphql;

/**
 * The Relay arguments every connection field takes, bound with {@code @Arguments}; name the ordering to page with.
 */
public record PageArguments(Integer first, String after, Integer last, String before) {

    public ConnectionArguments orderedBy(String order) {
        return new ConnectionArguments(first, after, last, before, order);
    }
}
