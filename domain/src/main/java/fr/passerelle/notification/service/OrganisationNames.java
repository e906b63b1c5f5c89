package fr.passerelle.notification.service;

import fr.passerelle.company.port.out.Companies;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.school.port.out.Schools;
import java.util.Optional;

/** The display name of a school or company, for messages. */
public class OrganisationNames {

    private final Schools schools;
    private final Companies companies;

    public OrganisationNames(Schools schools, Companies companies) {
        this.schools = schools;
        this.companies = companies;
    }

    /** Empty when the organisation no longer exists. */
    public Optional<String> of(Tenant tenant) {
        return switch (tenant.type()) {
            case SCHOOL -> schools.findById(tenant.id()).map(school -> school.profile().name());
            case COMPANY -> companies.findById(tenant.id()).map(company -> company.profile().displayName());
        };
    }
}
