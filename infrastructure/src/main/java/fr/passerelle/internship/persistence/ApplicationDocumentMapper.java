package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.Application;
import fr.passerelle.shared.persistence.PersistenceMapping;
import java.time.ZoneId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface ApplicationDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    ApplicationDocument toDocument(Application application, Long storedVersion);

    Application toDomain(ApplicationDocument document);

    default String zone(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }

    default ZoneId zone(String zone) {
        return zone == null ? null : ZoneId.of(zone);
    }
}
