package fr.passerelle.shared.persistence;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The reads and writes every aggregate adapter needs, with the outcomes the domain's ports promise: one document
 * per aggregate, optimistic locking by a {@code version} field, unique-index violations and lost races reported
 * as the domain's own exceptions. Adapters add their queries on top.
 *
 * @param <T> the domain aggregate
 * @param <D> its stored document, which must have {@code _id} and {@code version} fields
 */
public final class DocumentStore<T, D> {

    private static final String ID = "_id";
    private static final String VERSION = "version";

    private final MongoOperations mongo;
    private final Class<D> documentType;
    private final String aggregateName;
    private final String uniqueKey;
    private final Function<D, T> toDomain;
    private final BiFunction<T, Long, D> toDocument;
    private final KeysetPager<D> pager;

    /**
     * @param uniqueKey the name of the value the collection's unique index protects, reported on duplicates
     * @param toDocument maps an aggregate to its document carrying the given version
     */
    public DocumentStore(MongoOperations mongo, Class<D> documentType, String aggregateName, String uniqueKey,
                         Function<D, String> idOf, Function<D, T> toDomain, BiFunction<T, Long, D> toDocument) {
        this.mongo = mongo;
        this.documentType = documentType;
        this.aggregateName = aggregateName;
        this.uniqueKey = uniqueKey;
        this.toDomain = toDomain;
        this.toDocument = toDocument;
        this.pager = new KeysetPager<>(mongo, documentType, idOf);
    }

    public Optional<T> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, documentType)).map(toDomain);
    }

    public List<T> findAllById(Collection<String> ids) {
        return find(Query.query(Criteria.where(ID).in(ids)));
    }

    public Optional<T> findOne(Query query) {
        return Optional.ofNullable(mongo.findOne(query, documentType)).map(toDomain);
    }

    public List<T> find(Query query) {
        return mongo.find(query, documentType).stream().map(toDomain).toList();
    }

    /** Inserts a new aggregate at version 0. */
    public T insert(T aggregate) {
        return toDomain.apply(translatingDuplicates(() -> mongo.insert(toDocument.apply(aggregate, 0L))));
    }

    /**
     * Replaces the stored document only if it is still at {@code storedVersion}, in one atomic findAndModify, and
     * bumps the version.
     */
    public T update(T aggregate, String id, long storedVersion) {
        Query sameVersion = Query.query(Criteria.where(ID).is(id).and(VERSION).is(storedVersion));
        D replacement = toDocument.apply(aggregate, storedVersion + 1);
        D stored = translatingDuplicates(() -> mongo.findAndReplace(sameVersion, replacement,
                FindAndReplaceOptions.options().returnNew()));
        if (stored == null) {
            throw new ConcurrentUpdateException(aggregateName, id);
        }
        return toDomain.apply(stored);
    }

    public Page<T> page(Criteria filter, String sortField, boolean ascending, Paging paging,
                        Function<D, Object> sortValueOf) {
        return pager.page(filter, sortField, ascending, paging, sortValueOf).map(toDomain);
    }

    /** All criteria together; none means everything. */
    public static Criteria allOf(List<Criteria> criteria) {
        return criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria);
    }

    private <R> R translatingDuplicates(Supplier<R> write) {
        try {
            return write.get();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new DuplicateKeyException(uniqueKey);
        }
    }
}
