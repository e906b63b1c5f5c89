package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DealBoard;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.FacetOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoDeals extends ContactRecordStore<Deal, DealDocument> implements Deals {

    private static final String SCHOOL = "schoolId";
    private static final String PIPELINE = "pipelineId";
    private static final String STAGE = "stageId";
    private static final String ENTERED = "stageEnteredAt";
    private static final String CONTACT = "contactId";
    private static final String TOTALS = "totals";
    private static final String COLUMN = "column";

    private final MongoOperations mongo;

    MongoDeals(MongoOperations mongo, EventDocumentMapper events, CrmDocumentMapper mapper) {
        super(mongo, events, DealDocument.class, "_id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public long countInStage(String schoolId, String pipelineId, String stageId) {
        return mongo.count(Query.query(inStage(schoolId, pipelineId, stageId)), DealDocument.class);
    }

    /**
     * One aggregation for the whole board, whatever the page size: the pipeline's deals (through {@code by_stage}),
     * then a {@code $facet} with the totals grouped by stage and, per column, its first deals in stage order. (Each
     * facet is named by the column's position: stage ids are data, facet names must not be.)
     */
    @Override
    public BoardSlice board(String schoolId, String pipelineId, Collection<String> stageIds, int size) {
        List<String> stages = List.copyOf(stageIds);
        FacetOperation facets = Aggregation.facet(Aggregation.group(STAGE).count().as("count")
                .sum("amountInCents").as("amount")).as(TOTALS);
        for (int i = 0; i < stages.size(); i++) {
            facets = facets.and(Aggregation.match(Criteria.where(STAGE).is(stages.get(i))),
                    Aggregation.sort(Sort.by(ENTERED, "_id")), Aggregation.limit(size + 1L)).as(COLUMN + i);
        }
        Aggregation board = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(SCHOOL).is(schoolId).and(PIPELINE).is(pipelineId)),
                // The outbox is the relay's business, not the board's.
                Aggregation.project().andExclude(OUTBOX),
                facets);
        Document result = mongo.aggregate(board, collectionName(), Document.class).getUniqueMappedResult();
        Map<String, DealBoard.Totals> totals = new HashMap<>();
        Map<String, Page<Deal>> pages = new HashMap<>();
        if (result == null) {
            return new BoardSlice(totals, pages);
        }
        for (Document group : result.getList(TOTALS, Document.class)) {
            Number amount = (Number) group.get("amount");
            totals.put(group.getString("_id"), new DealBoard.Totals(((Number) group.get("count")).longValue(),
                    amount == null ? 0 : amount.longValue()));
        }
        for (int i = 0; i < stages.size(); i++) {
            List<Deal> deals = new ArrayList<>(result.getList(COLUMN + i, Document.class).stream()
                    .map(this::read).toList());
            boolean more = deals.size() > size;
            if (more) {
                deals.remove(deals.size() - 1);
            }
            List<Keyset> keys = deals.stream().map(d -> new Keyset(d.stageEnteredAt(), d.id())).toList();
            pages.put(stages.get(i), new Page<>(deals, keys, more, false));
        }
        return new BoardSlice(totals, pages);
    }

    @Override
    public Page<Deal> pageInStage(String schoolId, String pipelineId, String stageId, Paging paging) {
        return page(inStage(schoolId, pipelineId, stageId), ENTERED, true, paging, DealDocument::stageEnteredAt);
    }


    private static Criteria inStage(String schoolId, String pipelineId, String stageId) {
        return Criteria.where(SCHOOL).is(schoolId).and(PIPELINE).is(pipelineId).and(STAGE).is(stageId);
    }
}
