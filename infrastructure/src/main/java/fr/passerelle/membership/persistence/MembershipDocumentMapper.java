package fr.passerelle.membership.persistence;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface MembershipDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    MembershipDocument toDocument(Membership membership, Long storedVersion);

    Membership toDomain(MembershipDocument document);
}
