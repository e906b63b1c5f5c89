package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.LifecycleTargets;
import fr.passerelle.crm.port.out.LifecycleTargetLists;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

@Repository
class MongoLifecycleTargetLists extends DocumentStore<LifecycleTargets, LifecycleTargetsDocument>
        implements LifecycleTargetLists {

    MongoLifecycleTargetLists(MongoOperations mongo, EventDocumentMapper events, LifecycleTargetsMapper mapper) {
        super(mongo, events, LifecycleTargetsDocument.class, "id", mapper::toDomain, mapper::toDocument);
    }
}
