package fr.passerelle.company.model;

import fr.passerelle.shared.model.WebAddress;

/** What a company says about itself. Its legal identity (name, SIRET) is what advisors vet. */
public record CompanyProfile(String legalName, String tradeName, Siret siret, CompanyKind kind, WebAddress website,
                             String description) {

    /** The name people know the company by: its trade name, else its legal name. */
    public String displayName() {
        return tradeName == null || tradeName.isBlank() ? legalName : tradeName;
    }

    public boolean sameLegalIdentity(CompanyProfile other) {
        return legalName.equals(other.legalName) && siret.equals(other.siret);
    }
}
