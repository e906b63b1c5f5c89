package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Segment;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface SegmentDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    SegmentDocument toDocument(Segment segment, Long storedVersion);

    /** {@code Segment.deleted(Instant)} reads to MapStruct as a fluent setter; the record's constructor sets all. */
    @Mapping(target = "deleted", ignore = true)
    Segment toDomain(SegmentDocument document);
}
