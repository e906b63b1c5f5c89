package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Dates map to and from ISO-8601 text, currencies to and from their ISO 4217 code (MapStruct's built-ins). */
@Mapper(config = PersistenceMapping.class)
interface InternshipFollowUpDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    InternshipFollowUpDocument toDocument(InternshipFollowUp followUp, Long storedVersion);

    InternshipFollowUp toDomain(InternshipFollowUpDocument document);

    /** {@code withDocument(String)} looks like a fluent setter to MapStruct; it is a copy, not a property. */
    @Mapping(target = "withDocument", ignore = true)
    Attestation attestation(InternshipFollowUpDocument.AttestationDocument stored);

}
