package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

@Repository
class MongoNotes extends ContactRecordStore<Note, NoteDocument> implements Notes {

    MongoNotes(MongoOperations mongo, EventDocumentMapper events, CrmTimelineDocumentMapper mapper) {
        super(mongo, events, NoteDocument.class, mapper::toDomain, mapper::toDocument);
    }
}
