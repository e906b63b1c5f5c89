package fr.passerelle.school.persistence;

import fr.passerelle.school.model.School;
import fr.passerelle.shared.persistence.PersistenceMapping;
import fr.passerelle.shared.persistence.SearchKeys;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class, imports = SearchKeys.class)
interface SchoolDocumentMapper {

    @Mapping(target = "nameKey", expression = "java(SearchKeys.normalize(school.profile().name()))")
    @Mapping(target = "version", source = "storedVersion")
    SchoolDocument toDocument(School school, Long storedVersion);

    School toDomain(SchoolDocument document);
}
