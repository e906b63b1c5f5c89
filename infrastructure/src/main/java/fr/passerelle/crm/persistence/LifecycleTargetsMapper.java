package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.LifecycleTargets;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface LifecycleTargetsMapper {

    @Mapping(target = "version", source = "storedVersion")
    LifecycleTargetsDocument toDocument(LifecycleTargets targets, Long storedVersion);

    LifecycleTargets toDomain(LifecycleTargetsDocument document);
}
