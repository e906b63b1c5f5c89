package fr.passerelle.shared.persistence;

import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
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
        Keyset cursor = paging.backward() ? paging.before() : paging.after();
        boolean readAscending = ascending != paging.backward();
        Query query = new Query(cursor == null ? filter : new Criteria().andOperator(filter,
                        after(sortField, cursor, readAscending)))
                .with(Sort.by(readAscending ? Sort.Direction.ASC : Sort.Direction.DESC, sortField, ID))
                .limit(paging.size() + 1);
        List<D> found = new ArrayList<>(mongo.find(query, documentType));
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

    /** Strictly beyond the cursor in reading order: a greater sort value, or the same one and a greater id. */
    private static Criteria after(String sortField, Keyset cursor, boolean readAscending) {
        Criteria beyondValue = readAscending
                ? Criteria.where(sortField).gt(cursor.sortValue())
                : Criteria.where(sortField).lt(cursor.sortValue());
        Criteria beyondId = readAscending ? Criteria.where(ID).gt(cursor.id()) : Criteria.where(ID).lt(cursor.id());
        return new Criteria().orOperator(beyondValue,
                new Criteria().andOperator(Criteria.where(sortField).is(cursor.sortValue()), beyondId));
    }
}
