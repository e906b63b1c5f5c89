package fr.passerelle.shared.persistence;

import fr.passerelle.shared.event.DomainEvent;
import org.mapstruct.Mapper;

@Mapper(config = PersistenceMapping.class)
public interface EventDocumentMapper {

    EventDocument toDocument(DomainEvent event);

    DomainEvent toDomain(EventDocument document);
}
