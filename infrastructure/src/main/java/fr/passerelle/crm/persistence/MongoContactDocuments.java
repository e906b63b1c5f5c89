package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.port.out.ContactDocuments;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

@Repository
class MongoContactDocuments extends ContactRecordStore<ContactDocument, ContactDocumentDocument>
        implements ContactDocuments {

    MongoContactDocuments(MongoOperations mongo, EventDocumentMapper events, CrmTimelineDocumentMapper mapper) {
        super(mongo, events, ContactDocumentDocument.class, mapper::toDomain, mapper::toDocument);
    }

    @Override
    public Page<ContactDocument> page(String schoolId, String contactId, Set<ContactDocumentType> types,
                                      Paging paging) {
        Criteria live = ofContact(schoolId, contactId).and("deletedAt").is(null)
                .and("type").in(types.stream().map(Enum::name).toList());
        return page(live, "uploadedAt", false, paging, ContactDocumentDocument::uploadedAt);
    }
}
