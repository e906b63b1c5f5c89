package fr.passerelle.company.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.company.model.Company;
import java.util.List;

/** Payload of every mutation that returns a company. */
record CompanyPayload(List<UserErrorView> userErrors, CompanyView company) {

    static CompanyPayload of(List<UserErrorView> userErrors, Company company) {
        return new CompanyPayload(userErrors, company == null ? null : CompanyView.of(company));
    }
}
