package fr.passerelle.company.model;

import fr.passerelle.shared.model.WebAddress;

/** What a company says about itself. Its legal identity (name, SIRET) is what advisors vet. */
public record CompanyProfile(String legalName, String tradeName, Siret siret, CompanyKind kind, WebAddress website,
                             String description) {

    public boolean sameLegalIdentity(CompanyProfile other) {
        return legalName.equals(other.legalName) && siret.equals(other.siret);
    }
}
