package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Enrollments to and from their documents (the aggregate's one-argument transitions are not setters: ignore them). */
@Mapper(config = PersistenceMapping.class)
interface EnrollmentDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    EnrollmentDocument toDocument(Enrollment enrollment, Long storedVersion);

    @Mapping(target = "withLearner", ignore = true)
    Enrollment toDomain(EnrollmentDocument document);
}
