package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

@Repository
class MongoInteractions extends ContactRecordStore<Interaction, InteractionDocument> implements Interactions {

    MongoInteractions(MongoOperations mongo, EventDocumentMapper events, CrmTimelineDocumentMapper mapper) {
        super(mongo, events, InteractionDocument.class, mapper::toDomain, mapper::toDocument);
    }
}
