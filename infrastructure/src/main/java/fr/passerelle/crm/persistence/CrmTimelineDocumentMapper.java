package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Records with one-argument methods returning their own type ({@code movedTo}…), which MapStruct takes for setters. */
@Mapper(config = PersistenceMapping.class)
interface CrmTimelineDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    InteractionDocument toDocument(Interaction interaction, Long storedVersion);

    @Mapping(target = "movedTo", ignore = true)
    @Mapping(target = "movedBackTo", ignore = true)
    Interaction toDomain(InteractionDocument document);

    @Mapping(target = "version", source = "storedVersion")
    NoteDocument toDocument(Note note, Long storedVersion);

    @Mapping(target = "deleted", ignore = true)
    @Mapping(target = "movedTo", ignore = true)
    @Mapping(target = "movedBackTo", ignore = true)
    Note toDomain(NoteDocument document);

    @Mapping(target = "version", source = "storedVersion")
    ContactDocumentDocument toDocument(ContactDocument document, Long storedVersion);

    @Mapping(target = "deleted", ignore = true)
    @Mapping(target = "movedTo", ignore = true)
    @Mapping(target = "movedBackTo", ignore = true)
    ContactDocument toDomain(ContactDocumentDocument document);

    TimelineEntryDocument toDocument(TimelineEntry entry);

    TimelineEntry toDomain(TimelineEntryDocument document);
}
