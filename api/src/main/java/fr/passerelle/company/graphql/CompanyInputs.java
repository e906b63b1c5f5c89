package fr.passerelle.company.graphql;

import fr.passerelle.api.graphql.OrderDirection;
import fr.passerelle.api.graphql.OrderInput;
import fr.passerelle.api.graphql.SearchText;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.company.port.in.CompanyProfileCommand;
import fr.passerelle.company.port.in.SiteCommand;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.WebAddress;
import java.util.Set;

/** The company inputs of the schema, bound by Spring for GraphQL and turned into domain commands. */
final class CompanyInputs {

    private CompanyInputs() {
    }

    /** {@code CompanyRegisterInput} and {@code CompanyUpdateProfileInput} (which adds {@code expectedVersion}). */
    record ProfileInput(String legalName, String tradeName, String siret, CompanyKind kind, WebAddress website,
                        String description, Long expectedVersion) {

        CompanyProfileCommand command() {
            return new CompanyProfileCommand(legalName, tradeName, siret, kind,
                    website == null ? null : website.toString(), description);
        }
    }

    record SiteInput(String name, AddressDraft address) {

        SiteCommand command() {
            return new SiteCommand(name, address);
        }
    }

    record FilterInput(Set<CompanyKind> kinds, Set<VettingStatus> vettingStatuses, String nameContains) {

        static CompanyFilter toFilter(FilterInput input) {
            return input == null ? CompanyFilter.ANY
                    : new CompanyFilter(input.kinds(), input.vettingStatuses(), SearchText.bounded(input.nameContains()));
        }
    }

    record OrderByInput(CompanyOrderField field, OrderDirection direction) implements OrderInput<CompanyOrderField> {

        /** The schema's default, also used when a client passes an explicit null. */
        static final OrderByInput DEFAULT = new OrderByInput(CompanyOrderField.LEGAL_NAME, OrderDirection.ASC);
    }
}
