package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.TagCount;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Contacts in MongoDB. Every query names the school first and matches only active contacts ({@code mergedInto}
 * unset), through the indexes {@link ContactDocument} declares.
 */
@Repository
class MongoContacts extends DocumentStore<Contact, ContactDocument> implements Contacts, ContactReferences {

    private static final String ID = "_id";
    private static final String SCHOOL = "schoolId";
    private static final String MERGED_INTO = "mergedInto";

    private final MongoOperations mongo;

    MongoContacts(MongoOperations mongo, EventDocumentMapper events, ContactDocumentMapper mapper) {
        super(mongo, events, ContactDocument.class, "id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public List<Contact> findByKeys(String schoolId, String emailKey, String phoneKey, int limit) {
        List<Criteria> either = new ArrayList<>();
        if (emailKey != null) {
            either.add(Criteria.where(SCHOOL).is(schoolId).and("emailKey").is(emailKey));
        }
        if (phoneKey != null) {
            either.add(Criteria.where(SCHOOL).is(schoolId).and("phoneKey").is(phoneKey));
        }
        if (either.isEmpty() || limit <= 0) {
            return List.of();
        }
        // Each branch of the $or is answered by its own (school, key) index.
        Criteria keys = either.size() == 1 ? either.get(0) : new Criteria().orOperator(either);
        return find(Query.query(new Criteria().andOperator(keys, Criteria.where(MERGED_INTO).is(null)))
                .with(Sort.by("createdAt", ID)).limit(limit));
    }

    @Override
    public Optional<Contact> findByLearner(String schoolId, String learnerId) {
        return findOne(Query.query(active(schoolId).and("details.links.learnerId").is(learnerId)));
    }

    @Override
    public Page<Contact> page(String schoolId, ContactQuery query, Paging paging) {
        return page(ContactQueries.of(active(schoolId), query), "nameKey", true, paging, ContactDocument::nameKey);
    }

    @Override
    public long count(String schoolId, ContactQuery query) {
        return mongo.count(Query.query(ContactQueries.of(active(schoolId), query)), ContactDocument.class);
    }

    @Override
    public List<LinkedSubject> linkedSubjects(String schoolId, ContactQuery query, String afterId, int limit) {
        Criteria scope = afterId == null ? active(schoolId) : active(schoolId).and(ID).gt(afterId);
        Query linked = Query.query(ContactQueries.of(scope, query)
                        .andOperator(Criteria.where("details.links.platformSubject").ne(null)))
                .with(Sort.by(ID)).limit(limit);
        linked.fields().include(ID, "details.links.platformSubject");
        return mongo.find(linked, Document.class, collectionName()).stream()
                .map(d -> new LinkedSubject(d.getString(ID), d.get("details", Document.class)
                        .get("links", Document.class).getString("platformSubject")))
                .toList();
    }

    @Override
    public List<TagCount> tagCounts(String schoolId, int limit) {
        Aggregation counting = Aggregation.newAggregation(
                Aggregation.match(active(schoolId)),
                Aggregation.unwind("tags"),
                Aggregation.group("tags").count().as("contacts"),
                Aggregation.sort(Sort.by(Sort.Direction.DESC, "contacts").and(Sort.by(ID))),
                Aggregation.limit(limit));
        return mongo.aggregate(counting, collectionName(), Document.class).getMappedResults().stream()
                .map(d -> new TagCount(d.getString(ID), ((Number) d.get("contacts")).longValue())).toList();
    }

    @Override
    public Set<String> existing(String schoolId, Collection<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(active(schoolId).and(ID).in(contactIds));
        query.fields().include(ID);
        Set<String> found = new HashSet<>();
        mongo.find(query, Document.class, collectionName()).forEach(d -> found.add(d.getString(ID)));
        return found;
    }

    @Override
    public Map<String, String> displayNames(String schoolId, Collection<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where(SCHOOL).is(schoolId).and(ID).in(contactIds));
        query.fields().include("details.givenName", "details.familyName");
        Map<String, String> names = new HashMap<>();
        for (Document d : mongo.find(query, Document.class, collectionName())) {
            Document details = d.get("details", Document.class);
            String given = details.getString("givenName");
            String family = details.getString("familyName");
            names.put(d.getString(ID), given == null ? family : given + " " + family);
        }
        return names;
    }

    private static Criteria active(String schoolId) {
        return Criteria.where(SCHOOL).is(schoolId).and(MERGED_INTO).is(null);
    }
}
