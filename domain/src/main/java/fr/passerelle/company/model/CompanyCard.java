package fr.passerelle.company.model;

import fr.passerelle.shared.model.WebAddress;

/**
 * What every signed-in user may read of a host company: the name people know it by, its description, website, city
 * and whether advisors verified it. Never its SIRET, legal name, vetting notes or members.
 *
 * @param city the city of its first site (the platform records no head office), null before it has one
 */
public record CompanyCard(String id, String name, String description, WebAddress website, String city,
                          boolean verified) {

    public static CompanyCard of(Company company) {
        var profile = company.profile();
        return new CompanyCard(company.id(), profile.displayName(), profile.description(), profile.website(),
                company.sites().isEmpty() ? null : company.sites().get(0).address().city(),
                company.canPublishToLearners());
    }

    /**
     * Whether the actor may read this card: everyone signed in reads a verified company's; a company not (or no
     * longer) verified shows its card only to those who read its profile.
     */
    public static boolean isPublic(Company company) {
        return company.canPublishToLearners();
    }
}
