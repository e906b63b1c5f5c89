package fr.passerelle.shared.persistence;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Base of every aggregate adapter: the {@link AggregateStore} part of its port, with the outcomes the domain
 * promises: one document per aggregate, optimistic locking by a {@code version} field, each change's event stored
 * in the document's outbox by the same atomic write, unique-index violations and lost races reported as the
 * domain's own exceptions. Adapters add their queries with the protected helpers.
 * (The public methods stay overridable: Spring proxies {@code @Repository} classes, and a final method would run on
 * the empty proxy instead of the adapter.)
 *
 * @param <T> the domain aggregate
 * @param <D> its stored document, which must have {@code _id} and {@code version} fields
 */
public abstract class DocumentStore<T extends Aggregate, D extends StoredDocument>
        implements AggregateStore<T>, OutboxSource {

    private static final String ID = "_id";
    private static final String VERSION = "version";
    /** Spring Data's type hint: each collection holds one type, so it is noise. */
    private static final String TYPE_HINT = "_class";
    private static final String ITEMS = "items";

    private final MongoOperations mongo;
    private final Class<D> documentType;
    private final String aggregateName;
    private final String uniqueKey;
    private final Function<D, T> toDomain;
    private final BiFunction<T, Long, D> toDocument;
    private final KeysetPager<D> pager;
    private final EventDocumentMapper events;
    private final String collection;
    /** The fields the mapping may write: those a new version leaves null are removed from the stored document. */
    private final List<String> storedFields;

    /**
     * @param uniqueKey the name of the value the collection's unique index protects, reported on duplicates
     * @param toDocument maps an aggregate to its document carrying the given version
     */
    protected DocumentStore(MongoOperations mongo, EventDocumentMapper events, Class<D> documentType,
                            String uniqueKey, Function<D, T> toDomain, BiFunction<T, Long, D> toDocument) {
        this.mongo = mongo;
        this.documentType = documentType;
        this.aggregateName = documentType.getSimpleName().replace("Document", "");
        this.uniqueKey = uniqueKey;
        this.toDomain = toDomain;
        this.toDocument = toDocument;
        this.pager = new KeysetPager<>(mongo, documentType, StoredDocument::id);
        this.events = events;
        this.collection = mongo.getCollectionName(documentType);
        List<String> fields = new ArrayList<>();
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(documentType)
                .doWithProperties((PropertyHandler<MongoPersistentProperty>) property -> {
                    if (!property.isIdProperty()) {
                        fields.add(property.getFieldName());
                    }
                });
        this.storedFields = List.copyOf(fields);
    }

    @Override
    public Optional<T> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, documentType)).map(toDomain);
    }

    @Override
    public List<T> findAllById(Collection<String> ids) {
        return find(Query.query(Criteria.where(ID).in(ids)));
    }

    /** Inserts a new aggregate at version 0, its event in its outbox: one insert, so both or neither. */
    @Override
    public T insert(T aggregate, DomainEvent event) {
        D document = toDocument.apply(aggregate, 0L);
        Document bson = bson(document);
        bson.put(OUTBOX, List.of(bson(events.toDocument(event))));
        translatingDuplicates(() -> mongo.insert(bson, collection));
        return toDomain.apply(document);
    }

    /**
     * Rewrites every field of the stored document and appends the event to its outbox, only if it is still at the
     * aggregate's version: one atomic findAndModify, which bumps the version. (Not a replacement: the outbox may
     * hold earlier events the relay has not taken yet.)
     */
    @Override
    public T update(T aggregate, DomainEvent event) {
        Query sameVersion = Query.query(Criteria.where(ID).is(aggregate.id()).and(VERSION).is(aggregate.version()));
        Document fields = bson(toDocument.apply(aggregate, aggregate.version() + 1));
        fields.remove(ID);
        Update update = new Update();
        fields.forEach(update::set);
        storedFields.stream().filter(field -> !fields.containsKey(field)).forEach(update::unset);
        update.push(OUTBOX, bson(events.toDocument(event)));
        D stored = translatingDuplicates(() -> mongo.findAndModify(sameVersion, update,
                FindAndModifyOptions.options().returnNew(true), documentType));
        if (stored == null) {
            throw new ConcurrentUpdateException(aggregateName, aggregate.id());
        }
        return toDomain.apply(stored);
    }

    @Override
    public String collectionName() {
        return collection;
    }

    protected final Optional<T> findOne(Query query) {
        return Optional.ofNullable(mongo.findOne(query, documentType)).map(toDomain);
    }

    protected final List<T> find(Query query) {
        return mongo.find(query, documentType).stream().map(toDomain).toList();
    }

    /** At most {@code limit} matches, none for a limit of 0 or less (MongoDB would read a limit of 0 as "no limit"). */
    protected final List<T> find(Query query, int limit) {
        return limit <= 0 ? List.of() : find(query.limit(limit));
    }

    protected final Page<T> page(Criteria filter, String sortField, boolean ascending, Paging paging,
                                 Function<D, Object> sortValueOf) {
        return page(filter, sortField, ascending, paging, sortValueOf, document -> true);
    }

    /** A page of the documents the filter selects and {@code keep} accepts (a test no query can express). */
    protected final Page<T> page(Criteria filter, String sortField, boolean ascending, Paging paging,
                                 Function<D, Object> sortValueOf, Predicate<D> keep) {
        return pager.page(filter, sortField, ascending, paging, sortValueOf, keep).map(toDomain);
    }

    /**
     * The first page of each parent's children, all in one aggregation: what a list of parents with their children
     * needs, in one read whatever the number of parents. The filter's documents (already restricted to what the
     * caller may see) are sorted by {@code sortField} then {@code _id}, grouped by {@code parentField} and cut to one
     * more than the page, to tell whether another page follows. On MongoDB 5.2+ a {@code $topN} accumulator would
     * cut inside the group and bound its memory; {@code $push} then {@code $slice} also runs on the embedded store,
     * and holds every matching child of the parents (without their outbox) while grouping: fine for the tens to
     * hundreds of children a parent has. Parents without children map to an empty page.
     *
     * @param sortValueOf reads {@code sortField} from a document, to build each item's keyset as {@link #page} does
     */
    protected final Map<String, Page<T>> firstPages(Collection<String> parentIds, String parentField, Criteria filter,
                                                    String sortField, boolean ascending, int size,
                                                    Function<D, Object> sortValueOf) {
        Map<String, Page<T>> pages = new HashMap<>();
        parentIds.forEach(id -> pages.put(id, Page.empty()));
        if (parentIds.isEmpty() || size <= 0) {
            return pages;
        }
        Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        Aggregation grouped = Aggregation.newAggregation(
                Aggregation.match(new Criteria().andOperator(Criteria.where(parentField).in(parentIds), filter)),
                // The outbox is the relay's business, not the page's: left out, the groups hold only the aggregates.
                Aggregation.project().andExclude(OUTBOX),
                Aggregation.sort(Sort.by(direction, sortField, ID)),
                Aggregation.group(parentField).push("$$ROOT").as(ITEMS),
                Aggregation.project().and(ArrayOperators.Slice.sliceArrayOf(ITEMS).itemCount(size + 1)).as(ITEMS));
        for (Document group : mongo.aggregate(grouped, collection, Document.class)) {
            List<D> items = new ArrayList<>(group.getList(ITEMS, Document.class).stream()
                    .map(bson -> mongo.getConverter().read(documentType, bson)).toList());
            boolean more = items.size() > size;
            if (more) {
                items.remove(items.size() - 1);
            }
            List<Keyset> keys = items.stream().map(d -> new Keyset(sortValueOf.apply(d), d.id())).toList();
            pages.put(group.getString(ID), new Page<>(items.stream().map(toDomain).toList(), keys, more, false));
        }
        return pages;
    }

    /** Reads a document returned by an aggregation (a raw BSON document) as the aggregate. */
    protected final T read(Document bson) {
        return toDomain.apply(mongo.getConverter().read(documentType, bson));
    }

    /**
     * Paging for a numeric order: the keysets carry a Long, whatever integral type a cursor decoded to, so the query
     * compares numbers with numbers (MongoDB never matches a string with {@code $gt} on a number).
     */
    protected static Paging numeric(Paging paging) {
        return new Paging(paging.size(), paging.backward(), numeric(paging.after()), numeric(paging.before()));
    }

    private static Keyset numeric(Keyset keyset) {
        if (keyset == null) {
            return null;
        }
        if (!(keyset.sortValue() instanceof Number number)) {
            throw new IllegalArgumentException("not a numeric cursor value: " + keyset.sortValue());
        }
        return new Keyset(number.longValue(), keyset.id());
    }

    /** All criteria together; none means everything. */
    protected static Criteria allOf(List<Criteria> criteria) {
        return criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria);
    }

    /** The document as MongoDB will store it (null fields left out, as the mapping does). */
    private Document bson(Object value) {
        Document bson = new Document();
        mongo.getConverter().write(value, bson);
        bson.remove(TYPE_HINT);
        return bson;
    }

    private <R> R translatingDuplicates(Supplier<R> write) {
        try {
            return write.get();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new DuplicateKeyException(uniqueKey);
        }
    }
}
