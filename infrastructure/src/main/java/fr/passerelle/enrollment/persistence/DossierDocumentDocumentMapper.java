package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Dossier documents to and from their stored form (the aggregate's transitions are not setters: ignore them). */
@Mapper(config = PersistenceMapping.class)
interface DossierDocumentDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    DossierDocumentDocument toDocument(DossierDocument document, Long storedVersion);

    @Mapping(target = "expiredOn", ignore = true)
    DossierDocument toDomain(DossierDocumentDocument document);
}
