package fr.passerelle.learner.persistence;

import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Dates map to and from ISO-8601 text, currencies to and from their ISO 4217 code (MapStruct's built-ins). */
@Mapper(config = PersistenceMapping.class, imports = LearnerSkill.class)
interface LearnerDocumentMapper {

    @Mapping(target = "nameKey",
            expression = "java(LearnerDocument.nameKey(learner.identity().firstName(), learner.identity().lastName()))")
    @Mapping(target = "skillCodes", expression = "java(learner.skills().stream().map(LearnerSkill::code).toList())")
    @Mapping(target = "graduationYearKey",
            expression = "java(LearnerDocument.graduationYearKey(learner.academic().graduationYear()))")
    @Mapping(target = "enrolmentKey", expression = "java(LearnerDocument.enrolmentKey("
            + "learner.academic().schoolId(), learner.academic().externalStudentId()))")
    @Mapping(target = "version", source = "storedVersion")
    LearnerDocument toDocument(Learner learner, Long storedVersion);

    Learner toDomain(LearnerDocument document);

}
