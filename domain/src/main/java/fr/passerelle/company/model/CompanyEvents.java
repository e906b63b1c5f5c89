package fr.passerelle.company.model;

/** The types of the events a company's changes emit. */
public final class CompanyEvents {

    public static final String REGISTERED = "company.registered";
    public static final String PROFILE_UPDATED = "company.profile_updated";
    public static final String SITE_ADDED = "company.site_added";
    public static final String VERIFIED = "company.verified";
    public static final String REJECTED = "company.rejected";

    private CompanyEvents() {
    }
}
