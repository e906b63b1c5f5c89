package fr.passerelle.learner.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.Detachment;
import fr.passerelle.learner.model.JobReadiness;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.model.SkillCatalog;
import fr.passerelle.learner.model.SkillCategory;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GraphQL {@code Learner}. Contact data (e-mail, phone, address, home base) and the birth date are left out
 * unless the viewer may see them; {@code localId} is the domain id nested fields need.
 */
public record LearnerView(String id, String firstName, String lastName, EmailAddress email, String phone,
                          LocalDate birthDate, Address address, LearnerType type, LearnerStatus status,
                          ArrivalSource source, boolean claimed, boolean claimable, DetachmentView detachment,
                          AcademicView academic, List<SkillView> skills,
                          Background background, CareerView career, JobReadiness readiness, Instant createdAt,
                          Instant updatedAt, long version, String localId) {

    public static final String TYPE = "Learner";

    public static LearnerView of(Learner learner, boolean showContact, LocalDate today) {
        var identity = learner.identity();
        return new LearnerView(GlobalIds.encode(TYPE, learner.id()), identity.firstName(), identity.lastName(),
                showContact ? identity.email() : null, showContact ? identity.phone() : null,
                showContact ? identity.birthDate() : null, showContact ? identity.address() : null,
                learner.type(), learner.status(), learner.source(), learner.subject() != null, learner.isClaimable(),
                showContact ? DetachmentView.of(learner.detachment()) : null,
                AcademicView.of(learner.academic()),
                learner.skills().stream().map(skill -> SkillView.of(skill, today)).toList(), learner.background(),
                CareerView.of(learner.career(), showContact), learner.readinessOn(today), learner.createdAt(),
                learner.updatedAt(), learner.version(), learner.id());
    }

    /** GraphQL {@code LearnerDetachment}; null when the profile was never detached. */
    public record DetachmentView(String reason, Instant at, String mergedIntoId) {

        static DetachmentView of(Detachment detachment) {
            return detachment == null ? null : new DetachmentView(detachment.reason(), detachment.at(),
                    detachment.isMerge() ? GlobalIds.encode(TYPE, detachment.mergedInto()) : null);
        }
    }

    /** GraphQL {@code LearnerAcademic}; the school resolves in one batch for a whole page. */
    public record AcademicView(String schoolId, String externalStudentId, String programCode,
                               Integer graduationYear, List<String> specialisations, List<Academic.Project> projects,
                               List<Academic.Language> languages) {

        public static AcademicView of(Academic academic) {
            return new AcademicView(academic.schoolId(), academic.externalStudentId(), academic.programCode(),
                    academic.graduationYear(), academic.specialisations(), academic.projects(), academic.languages());
        }
    }

    /** GraphQL {@code LearnerSkill}, with the catalog's label and category. */
    public record SkillView(String code, String label, SkillCategory category, ProficiencyLevel level,
                            List<LearnerSkill.Evidence> evidence, LocalDate expiresOn, boolean valid) {

        public static SkillView of(LearnerSkill skill, LocalDate today) {
            var entry = SkillCatalog.find(skill.code());
            return new SkillView(skill.code(), entry.map(SkillCatalog.Skill::label).orElse(skill.code()),
                    entry.map(SkillCatalog.Skill::category).orElse(SkillCategory.TECHNICAL), skill.level(),
                    skill.evidence(), skill.expiresOn(), skill.isValidOn(today));
        }
    }

    /** GraphQL {@code LearnerCareer}; the home base is contact data. */
    public record CareerView(List<String> targetRoles, List<String> preferredSectors, MobilityView mobility,
                             List<DateRange> availability, Money salaryExpectation) {

        public static CareerView of(CareerPreferences career, boolean showContact) {
            var mobility = career.mobility();
            return new CareerView(career.targetRoles(), career.preferredSectors(), mobility == null ? null
                    : new MobilityView(showContact ? mobility.homeBase() : null, mobility.radiusKm(),
                    mobility.willingToRelocate(), mobility.drivingLicence()),
                    career.availability(), career.salaryExpectation());
        }

        /** GraphQL {@code salaryExpectationAmount}: the {@code Money} object that replaces the deprecated scalar {@code salaryExpectation}. */
        public Money salaryExpectationAmount() {
            return salaryExpectation;
        }
    }

    /** GraphQL {@code Mobility}. */
    public record MobilityView(GeoPoint homeBase, Integer radiusKm, boolean willingToRelocate,
                               boolean drivingLicence) {
    }
}
