package fr.passerelle.audit.persistence;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;

@Mapper(config = PersistenceMapping.class)
interface AuditEntryDocumentMapper {

    AuditEntryDocument toDocument(AuditEntry entry);

    AuditEntry toDomain(AuditEntryDocument document);
}
