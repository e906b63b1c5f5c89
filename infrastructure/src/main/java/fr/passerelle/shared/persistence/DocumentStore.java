package fr.passerelle.shared.persistence;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
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
 * Base of every aggregate adapter: the {@link AggregateStore} part of its port, with the outcomes the domain
 * promises: one document per aggregate, optimistic locking by a {@code version} field, unique-index violations
 * and lost races reported as the domain's own exceptions. Adapters add their queries with the protected helpers.
 * (The public methods stay overridable: Spring proxies {@code @Repository} classes, and a final method would run on
 * the empty proxy instead of the adapter.)
 *
 * @param <T> the domain aggregate
 * @param <D> its stored document, which must have {@code _id} and {@code version} fields
 */
public abstract class DocumentStore<T extends Aggregate, D extends StoredDocument> implements AggregateStore<T> {

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
    protected DocumentStore(MongoOperations mongo, Class<D> documentType, String uniqueKey, Function<D, T> toDomain,
                            BiFunction<T, Long, D> toDocument) {
        this.mongo = mongo;
        this.documentType = documentType;
        this.aggregateName = documentType.getSimpleName().replace("Document", "");
        this.uniqueKey = uniqueKey;
        this.toDomain = toDomain;
        this.toDocument = toDocument;
        this.pager = new KeysetPager<>(mongo, documentType, StoredDocument::id);
    }

    @Override
    public Optional<T> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, documentType)).map(toDomain);
    }

    @Override
    public List<T> findAllById(Collection<String> ids) {
        return find(Query.query(Criteria.where(ID).in(ids)));
    }

    /** Inserts a new aggregate at version 0. */
    @Override
    public T insert(T aggregate) {
        return toDomain.apply(translatingDuplicates(() -> mongo.insert(toDocument.apply(aggregate, 0L))));
    }

    /**
     * Replaces the stored document only if it is still at the aggregate's version, in one atomic findAndModify,
     * and bumps the version.
     */
    @Override
    public T update(T aggregate) {
        Query sameVersion = Query.query(Criteria.where(ID).is(aggregate.id()).and(VERSION).is(aggregate.version()));
        D replacement = toDocument.apply(aggregate, aggregate.version() + 1);
        D stored = translatingDuplicates(() -> mongo.findAndReplace(sameVersion, replacement,
                FindAndReplaceOptions.options().returnNew()));
        if (stored == null) {
            throw new ConcurrentUpdateException(aggregateName, aggregate.id());
        }
        return toDomain.apply(stored);
    }

    protected final Optional<T> findOne(Query query) {
        return Optional.ofNullable(mongo.findOne(query, documentType)).map(toDomain);
    }

    protected final List<T> find(Query query) {
        return mongo.find(query, documentType).stream().map(toDomain).toList();
    }

    protected final Page<T> page(Criteria filter, String sortField, boolean ascending, Paging paging,
                                 Function<D, Object> sortValueOf) {
        return pager.page(filter, sortField, ascending, paging, sortValueOf).map(toDomain);
    }

    /** All criteria together; none means everything. */
    protected static Criteria allOf(List<Criteria> criteria) {
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
