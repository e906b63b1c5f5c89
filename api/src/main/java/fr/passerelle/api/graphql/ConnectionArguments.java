package fr.passerelle.api.graphql;

import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import graphql.relay.Connection;
import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Relay arguments of a connection field ({@code first/after/last/before}) for one ordering, turned into the
 * domain's {@link Paging}, and the page read turned back into a Relay {@link Connection} with opaque cursors.
 *
 * @param order the ordering's name, recorded in cursors (e.g. {@code NAME}, {@code CREATED_AT})
 */
public record ConnectionArguments(Integer first, String after, Integer last, String before, String order) {

    public Paging paging() {
        if (first != null && last != null) {
            throw new InvalidArgumentException("Pass either first or last, not both");
        }
        if (last != null) {
            if (after != null) {
                throw new InvalidArgumentException("after goes with first");
            }
            return Paging.last(size("last", last), Cursors.decode(before, order));
        }
        if (before != null) {
            throw new InvalidArgumentException("before goes with last");
        }
        return Paging.first(first == null ? Paging.DEFAULT_SIZE : size("first", first), Cursors.decode(after, order));
    }

    public <T, V> Connection<V> connection(Page<T> page, Function<T, V> view) {
        List<Edge<V>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new DefaultEdge<>(view.apply(page.items().get(i)), cursor(page.keys().get(i))));
        }
        ConnectionCursor start = edges.isEmpty() ? null : edges.get(0).getCursor();
        ConnectionCursor end = edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor();
        return new DefaultConnection<>(edges,
                new DefaultPageInfo(start, end, page.hasPreviousPage(), page.hasNextPage()));
    }

    private ConnectionCursor cursor(Keyset keyset) {
        return new DefaultConnectionCursor(Cursors.encode(order, keyset));
    }

    private static int size(String argument, int value) {
        if (value < 0 || value > Paging.MAX_SIZE) {
            throw new InvalidArgumentException(argument + " must be between 0 and " + Paging.MAX_SIZE);
        }
        return value;
    }
}
