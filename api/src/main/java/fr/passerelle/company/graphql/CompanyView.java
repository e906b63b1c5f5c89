package fr.passerelle.company.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.model.Vetting;
import fr.passerelle.company.model.Workforce;
import fr.passerelle.shared.model.WebAddress;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code Company}; {@code localId} is the domain id nested fields need. */
public record CompanyView(String id, String legalName, String tradeName, String siret, CompanyKind kind,
                          WebAddress website, String description, List<Site> sites, Vetting vetting,
                          Workforce workforce, boolean canPublishOffers, Instant createdAt, Instant updatedAt, long version,
                          String localId) {

    public static final String TYPE = "Company";

    public static CompanyView of(Company company) {
        var profile = company.profile();
        return new CompanyView(GlobalIds.encode(TYPE, company.id()), profile.legalName(), profile.tradeName(),
                profile.siret().value(), profile.kind(), profile.website(), profile.description(), company.sites(),
                company.vetting(), company.workforce(), company.canPublishToLearners(), company.createdAt(), company.updatedAt(),
                company.version(), company.id());
    }
}
