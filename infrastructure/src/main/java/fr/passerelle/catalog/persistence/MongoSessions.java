package fr.passerelle.catalog.persistence;

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
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoSessions extends DocumentStore<Session, SessionDocument> implements Sessions {

    private static final String START = "startOn";
    private static final String PROGRAMME = "programmeId";

    private final MongoOperations mongo;

    MongoSessions(MongoOperations mongo, EventDocumentMapper events, CatalogDocumentMapper mapper) {
        super(mongo, events, SessionDocument.class, "id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
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

    /** The same one aggregation as {@link #firstPagesByProgramme}, on open sessions only. */
    @Override
    public Map<String, List<Session>> openByProgramme(Collection<String> programmeIds, int size) {
        Map<String, List<Session>> open = new HashMap<>();
        firstPages(programmeIds, PROGRAMME, Criteria.where("state").is(SessionState.OPEN.name()), START, true, size,
                SessionDocument::startOn).forEach((programmeId, page) -> {
                    if (!page.items().isEmpty()) {
                        open.put(programmeId, page.items());
                    }
                });
        return open;
    }

    @Override
    public long countByProgramme(String programmeId) {
        return mongo.count(Query.query(Criteria.where(PROGRAMME).is(programmeId)), SessionDocument.class);
    }
}
