package fr.passerelle.shared.persistence;

import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keyset ("seek") pagination over one sort field plus {@code _id}: the query starts right after (or before) the
 * cursor's position through an index instead of skipping rows, so every page costs the same. One query per page;
 * it reads one item more than asked to learn whether another page follows.
 */
public final class KeysetPager<D> {

    private static final String ID = "_id";
    /** After rejections, read at least this many more at a time, so a sparse match does not cost a query per item. */
    private static final int MIN_REFILL = 50;

    private final MongoOperations mongo;
    private final Class<D> documentType;
    private final Function<D, String> idOf;

    public KeysetPager(MongoOperations mongo, Class<D> documentType, Function<D, String> idOf) {
        this.mongo = mongo;
        this.documentType = documentType;
        this.idOf = idOf;
    }

    /**
     * @param filter what to list (already restricted to what the caller may see)
     * @param sortField the stored field to order by; must hold the values the keysets carry
     * @param sortValueOf reads that field from a document, to build each item's keyset
     */
    public Page<D> page(Criteria filter, String sortField, boolean ascending, Paging paging,
                        Function<D, Object> sortValueOf) {
        return page(filter, sortField, ascending, paging, sortValueOf, document -> true);
    }

    /**
     * As above, listing only the documents {@code keep} accepts: for a test no query expresses (an exact distance
     * after a bounding-box filter). Reads continue in batches from where the last one ended until the page is full
     * or the filter is exhausted; without rejections this is one query, as without {@code keep}.
     */
    public Page<D> page(Criteria filter, String sortField, boolean ascending, Paging paging,
                        Function<D, Object> sortValueOf, Predicate<D> keep) {
        Keyset cursor = paging.backward() ? paging.before() : paging.after();
        boolean readAscending = ascending != paging.backward();
        int wanted = paging.size() + 1;
        List<D> found = new ArrayList<>();
        Keyset position = cursor;
        int batch = wanted;
        while (found.size() < wanted) {
            List<D> read = read(filter, sortField, readAscending, position, batch);
            read.stream().filter(keep).limit(wanted - found.size()).forEach(found::add);
            if (read.size() < batch) {
                break;
            }
            D last = read.get(read.size() - 1);
            position = new Keyset(sortValueOf.apply(last), idOf.apply(last));
            batch = Math.max(wanted - found.size(), MIN_REFILL);
        }
        boolean more = found.size() > paging.size();
        if (more) {
            found.remove(found.size() - 1);
        }
        if (paging.backward()) {
            Collections.reverse(found);
        }
        List<Keyset> keys = found.stream().map(d -> new Keyset(sortValueOf.apply(d), idOf.apply(d))).toList();
        boolean fromCursor = cursor != null;
        return paging.backward()
                ? new Page<>(found, keys, fromCursor, more)
                : new Page<>(found, keys, more, fromCursor);
    }

    private List<D> read(Criteria filter, String sortField, boolean readAscending, Keyset position, int limit) {
        Query query = new Query(position == null ? filter : new Criteria().andOperator(filter,
                        after(sortField, position, readAscending)))
                .with(Sort.by(readAscending ? Sort.Direction.ASC : Sort.Direction.DESC, sortField, ID))
                .limit(limit);
        return mongo.find(query, documentType);
    }

    /**
     * Strictly beyond the cursor in reading order: a greater sort value, or the same one and a greater id. Written as
     * a top-level range on the sort field ({@code <=} or {@code >=} the cursor's value) next to the {@code $or} that
     * settles ties: an index on the sort field bounds its scan with the range (a real MongoDB seeks to the cursor
     * instead of walking every key before it), and a store that scans (the embedded one) rejects the documents before
     * the cursor on that one comparison.
     */
    private static Criteria after(String sortField, Keyset cursor, boolean readAscending) {
        Object value = cursor.sortValue();
        Criteria notBefore = readAscending ? Criteria.where(sortField).gte(value) : Criteria.where(sortField).lte(value);
        Criteria beyondValue = readAscending ? Criteria.where(sortField).gt(value) : Criteria.where(sortField).lt(value);
        Criteria beyondId = readAscending ? Criteria.where(ID).gt(cursor.id()) : Criteria.where(ID).lt(cursor.id());
        return notBefore.orOperator(beyondValue, beyondId);
    }
}
