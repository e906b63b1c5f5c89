package fr.passerelle.catalog.persistence;

import fr.passerelle.catalog.model.OpenSession;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionState;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoSessions extends DocumentStore<Session, SessionDocument> implements Sessions {

    private static final String START = "startOn";
    private static final String PROGRAMME = "programmeId";
    private static final String STATE = "state";
    private static final String DETAILS = "details";
    private static final String SEATS = "seats";
    private static final String SEATS_TAKEN = "seatsTaken";
    private static final String ITEMS = "items";
    private static final String ID = "_id";

    private final MongoOperations mongo;
    private final CatalogDocumentMapper mapper;

    MongoSessions(MongoOperations mongo, EventDocumentMapper events, CatalogDocumentMapper mapper) {
        super(mongo, events, SessionDocument.class, "id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public Page<Session> page(String programmeId, Paging paging) {
        return page(Criteria.where(PROGRAMME).is(programmeId), START, true, paging, SessionDocument::startOn);
    }

    /** One aggregation for every programme, keyed as {@link #page} keys its items so cursors carry on from it. */
    @Override
    public Map<String, Page<Session>> firstPagesByProgramme(Collection<String> programmeIds, int size) {
        return firstPages(programmeIds, PROGRAMME, new Criteria(), START, true, size, SessionDocument::startOn);
    }

    /**
     * One aggregation, like {@link #firstPagesByProgramme} on open sessions only, that projects each session to its
     * details and the size of its seat list: the holders and the waiting list never leave the database.
     */
    @Override
    public Map<String, List<OpenSession>> openByProgramme(Collection<String> programmeIds, int size) {
        Map<String, List<OpenSession>> open = new HashMap<>();
        if (programmeIds.isEmpty() || size <= 0) {
            return open;
        }
        Aggregation grouped = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(PROGRAMME).in(programmeIds).and(STATE).is(SessionState.OPEN.name())),
                Aggregation.sort(Sort.by(Sort.Direction.ASC, START, ID)),
                Aggregation.project(PROGRAMME, DETAILS).and(ArrayOperators.Size.lengthOfArray(SEATS)).as(SEATS_TAKEN),
                Aggregation.group(PROGRAMME).push("$$ROOT").as(ITEMS),
                Aggregation.project().and(ArrayOperators.Slice.sliceArrayOf(ITEMS).itemCount(size)).as(ITEMS));
        for (Document group : mongo.aggregate(grouped, SessionDocument.class, Document.class)) {
            List<OpenSession> sessions = group.getList(ITEMS, Document.class).stream()
                    .map(bson -> mongo.getConverter().read(OpenSessionDocument.class, bson))
                    .map(stored -> new OpenSession(stored.id(), stored.programmeId(), mapper.details(stored.details()),
                            stored.seatsTaken()))
                    .toList();
            if (!sessions.isEmpty()) {
                open.put(group.getString(ID), sessions);
            }
        }
        return open;
    }

    /** What {@link #openByProgramme} reads of a session. */
    record OpenSessionDocument(@Id String id, String programmeId, SessionDocument.DetailsDocument details,
                               int seatsTaken) {
    }

    /**
     * Both lists are indexed on the contact ({@code by_seat_contact}, {@code by_waiting_contact}); in no particular
     * order (an order would sort the two index scans' union in memory).
     */
    @Override
    public List<Session> findHolding(String schoolId, String contactId, int limit) {
        Query holding = Query.query(new Criteria().orOperator(Criteria.where("seats.contactId").is(contactId),
                        Criteria.where("waitlist.contactId").is(contactId)).and("schoolId").is(schoolId))
                .limit(limit);
        return mongo.find(holding, SessionDocument.class).stream().map(mapper::toDomain).toList();
    }

    @Override
    public long countByProgramme(String programmeId) {
        return mongo.count(Query.query(Criteria.where(PROGRAMME).is(programmeId)), SessionDocument.class);
    }
}
