package fr.passerelle.partner.persistence;

import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface PartnerClientDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    PartnerClientDocument toDocument(PartnerClient client, Long storedVersion);

    PartnerClient toDomain(PartnerClientDocument document);
}
