package fr.passerelle.school.graphql;

import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.school.port.in.SchoolProfileCommand;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.api.graphql.OrderDirection;
import fr.passerelle.api.graphql.OrderInput;
import fr.passerelle.api.graphql.SearchText;
import java.util.Set;

/** The school inputs of the schema, bound by Spring for GraphQL and turned into domain commands. */
final class SchoolInputs {

    private SchoolInputs() {
    }

    /** {@code SchoolRegisterInput} and {@code SchoolUpdateProfileInput} (which adds {@code expectedVersion}). */
    record ProfileInput(String name, SchoolKind kind, AddressDraft address, WebAddress website,
                        EmailAddress contactEmail, String description, Long expectedVersion) {

        SchoolProfileCommand command() {
            return new SchoolProfileCommand(name, kind, address,
                    website == null ? null : website.toString(), contactEmail == null ? null : contactEmail.value(),
                    description);
        }
    }

    record ChangeTierInput(PartnershipTier tier, Long expectedVersion) {
    }

    record ProgramInput(String code, String name, String level, Integer durationMonths,
                        Integer teachingHoursPerYear) {

        Program program() {
            return Program.of(code, name, level, durationMonths, teachingHoursPerYear);
        }
    }

    record FilterInput(Set<SchoolKind> kinds, Set<PartnershipTier> tiers, String nameContains) {

        static SchoolFilter toFilter(FilterInput input) {
            return input == null ? SchoolFilter.ANY
                    : new SchoolFilter(input.kinds(), input.tiers(), SearchText.bounded(input.nameContains()));
        }
    }

    record OrderByInput(SchoolOrderField field, OrderDirection direction) implements OrderInput<SchoolOrderField> {

        /** The schema's default, also used when a client passes an explicit null. */
        static final OrderByInput DEFAULT = new OrderByInput(SchoolOrderField.NAME, OrderDirection.ASC);
    }
}
