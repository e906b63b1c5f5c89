package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.MergeTrail;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The timeline read model in MongoDB: inserts keyed by the entry's id, keyset pages, bulk moves for merges. */
@Repository
class MongoTimelineEntries implements TimelineEntries {

    /** Entries moved back per write when a merge is undone. */
    private static final int BATCH = 500;

    private final MongoOperations mongo;
    private final CrmTimelineDocumentMapper mapper;
    private final KeysetPager<TimelineEntryDocument> pager;

    MongoTimelineEntries(MongoOperations mongo, CrmTimelineDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
        this.pager = new KeysetPager<>(mongo, TimelineEntryDocument.class, TimelineEntryDocument::id);
    }

    @Override
    public void record(TimelineEntry entry) {
        try {
            mongo.insert(mapper.toDocument(entry));
        } catch (DuplicateKeyException alreadyRecorded) {
            // Recorded by the direct write or an earlier delivery: the entry is there, which is all that is asked.
        }
    }

    @Override
    public void remove(String entryId) {
        mongo.remove(Query.query(Criteria.where("_id").is(entryId)), TimelineEntryDocument.class);
    }

    @Override
    public Page<TimelineEntry> page(String schoolId, String contactId, Set<TimelineEntryKind> kinds, Paging paging) {
        // The kinds filter the contact's index range: only finance lists fewer than all, on a contact's history.
        Criteria listed = ofContact(schoolId, contactId).and("kind").in(kinds.stream().map(Enum::name).toList());
        return pager.page(listed, "occurredAt", false, paging,
                TimelineEntryDocument::occurredAt).map(mapper::toDomain);
    }

    @Override
    public int moveAll(String schoolId, String mergedContactId, String survivorId) {
        return (int) mongo.updateMulti(Query.query(ofContact(schoolId, mergedContactId)),
                new Update().set("contactId", survivorId).push("mergedFrom", mergedContactId),
                TimelineEntryDocument.class).getModifiedCount();
    }

    @Override
    public int moveBack(String schoolId, String survivorId, String mergedContactId) {
        int moved = 0;
        String after = null;
        List<TimelineEntryDocument> read;
        do {
            // The trail's last element cannot be matched by a query: entries whose latest move came from elsewhere
            // stay where they are, and the next read starts after the last id read so they never end the loop.
            Criteria trail = ofContact(schoolId, survivorId).and("mergedFrom").is(mergedContactId);
            read = mongo.find(Query.query(after == null ? trail : trail.and("_id").gt(after))
                    .with(Sort.by("_id")).limit(BATCH), TimelineEntryDocument.class);
            List<String> ids = read.stream()
                    .filter(entry -> MergeTrail.last(entry.mergedFrom()).filter(mergedContactId::equals).isPresent())
                    .map(TimelineEntryDocument::id).toList();
            if (!ids.isEmpty()) {
                moved += (int) mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
                        new Update().set("contactId", mergedContactId).pop("mergedFrom", Update.Position.LAST),
                        TimelineEntryDocument.class).getModifiedCount();
            }
            after = read.isEmpty() ? after : read.get(read.size() - 1).id();
        } while (read.size() == BATCH);
        return moved;
    }

    private static Criteria ofContact(String schoolId, String contactId) {
        return Criteria.where("schoolId").is(schoolId).and("contactId").is(contactId);
    }
}
