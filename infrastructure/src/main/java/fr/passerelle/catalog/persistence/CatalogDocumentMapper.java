package fr.passerelle.catalog.persistence;

import fr.passerelle.catalog.model.CertificationCode;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionDetails;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Programmes and sessions to and from their documents. The aggregates' transitions taking one argument
 * ({@code published(Instant)}, {@code reserved(Seat)}…) read to MapStruct as fluent setters; the records' constructors
 * set everything, so they are ignored.
 */
@Mapper(config = PersistenceMapping.class)
interface CatalogDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    ProgrammeDocument toDocument(Programme programme, Long storedVersion);

    @Mapping(target = "published", ignore = true)
    @Mapping(target = "archived", ignore = true)
    Programme toDomain(ProgrammeDocument document);

    @Mapping(target = "version", source = "storedVersion")
    @Mapping(target = "startOn", expression = "java(session.details().dates().start().toString())")
    SessionDocument toDocument(Session session, Long storedVersion);

    @Mapping(target = "reserved", ignore = true)
    @Mapping(target = "opened", ignore = true)
    @Mapping(target = "started", ignore = true)
    @Mapping(target = "closed", ignore = true)
    @Mapping(target = "cancelled", ignore = true)
    Session toDomain(SessionDocument document);

    /** A stored session's details alone (the public catalogue reads them without the seats). */
    SessionDetails details(SessionDocument.DetailsDocument details);

    default ProgrammeDocument.CertificationDocument certification(CertificationCode code) {
        return code == null ? null : new ProgrammeDocument.CertificationDocument(code.register().name(),
                code.number());
    }

    default CertificationCode certification(ProgrammeDocument.CertificationDocument stored) {
        return stored == null ? null
                : new CertificationCode(CertificationCode.Register.valueOf(stored.register()), stored.number());
    }
}
