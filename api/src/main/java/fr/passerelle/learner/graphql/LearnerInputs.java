package fr.passerelle.learner.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.api.graphql.OrderDirection;
import fr.passerelle.api.graphql.OrderInput;
import fr.passerelle.api.graphql.SearchText;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.port.in.AcademicCommand;
import fr.passerelle.learner.port.in.BackgroundCommand;
import fr.passerelle.learner.port.in.CareerCommand;
import fr.passerelle.learner.port.in.IdentityCommand;
import fr.passerelle.learner.port.in.LearnerRegistration;
import fr.passerelle.learner.port.in.SkillCommand;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import java.time.LocalDate;
import java.util.List;

/** The learner inputs of the schema, bound by Spring for GraphQL and turned into domain commands. */
final class LearnerInputs {

    /** A filter naming more skills than this is not a filter anyone needs; it only costs. */
    private static final int MAX_FILTER_SKILLS = 20;

    private LearnerInputs() {
    }

    /** {@code LearnerIdentityInput}. */
    record IdentityInput(String firstName, String lastName, EmailAddress email, String phone, LocalDate birthDate,
                         AddressDraft address) {

        IdentityCommand command() {
            return new IdentityCommand(firstName, lastName, email == null ? null : email.value(), phone, birthDate,
                    address);
        }
    }

    /** {@code LearnerRegisterInput}. */
    record RegisterInput(IdentityInput identity, LearnerType type, String schoolId) {

        LearnerRegistration registration() {
            return new LearnerRegistration(identity.command(), type,
                    schoolId == null ? null : GlobalIds.localId(schoolId, SchoolView.TYPE));
        }
    }

    /** {@code LearnerUpdateIdentityInput}. */
    record UpdateIdentityInput(IdentityInput identity, Long expectedVersion) {
    }

    /** {@code LearnerUpdateAcademicInput}. */
    record UpdateAcademicInput(String externalStudentId, String programCode, Integer graduationYear,
                               List<String> specialisations, List<AcademicCommand.ProjectInput> projects,
                               List<AcademicCommand.LanguageInput> languages, Long expectedVersion) {

        AcademicCommand command() {
            return new AcademicCommand(externalStudentId, programCode, graduationYear, specialisations, projects,
                    languages);
        }
    }

    /** {@code LearnerSkillInput}. */
    record SkillInput(String code, ProficiencyLevel level,
                      List<SkillCommand.EvidenceInput> evidence, LocalDate expiresOn) {

        SkillCommand command() {
            return new SkillCommand(code, level, evidence, expiresOn);
        }
    }

    /** {@code LearnerUpdateBackgroundInput}. */
    record UpdateBackgroundInput(List<BackgroundCommand.CertificationInput> certifications,
                                 List<BackgroundCommand.ExperienceInput> experiences, List<String> portfolio,
                                 Long expectedVersion) {

        BackgroundCommand command() {
            return new BackgroundCommand(certifications, experiences, portfolio);
        }
    }

    /** {@code LearnerUpdateCareerInput}. */
    record UpdateCareerInput(List<String> targetRoles, List<String> preferredSectors,
                             CareerCommand.MobilityInput mobility, List<CareerCommand.DateRangeInput> availability,
                             MoneyInput salaryExpectation, Long expectedVersion) {

        CareerCommand command() {
            return new CareerCommand(targetRoles, preferredSectors, mobility, availability,
                    MoneyInput.toMoney(salaryExpectation));
        }
    }

    /** {@code LearnerFilter}. */
    record FilterInput(String programCode, Integer graduationYear, List<String> skillCodes, Integer readinessMin,
                       Integer readinessMax, LearnerStatus status, String nameContains) {

        static LearnerFilter toFilter(FilterInput input) {
            if (input == null) {
                return LearnerFilter.NONE;
            }
            if (input.skillCodes() != null && input.skillCodes().size() > MAX_FILTER_SKILLS) {
                throw new InvalidArgumentException("skillCodes lists at most " + MAX_FILTER_SKILLS + " skills");
            }
            return new LearnerFilter(SearchText.bounded(input.programCode()), input.graduationYear(),
                    input.skillCodes(), input.readinessMin(), input.readinessMax(), input.status(),
                    SearchText.bounded(input.nameContains()));
        }
    }

    /** {@code LearnerOrder}. */
    record OrderByInput(LearnerOrderField field, OrderDirection direction) implements OrderInput<LearnerOrderField> {

        /** The schema's default, also used when a client passes an explicit null. */
        static final OrderByInput DEFAULT = new OrderByInput(LearnerOrderField.NAME, OrderDirection.ASC);
    }
}
