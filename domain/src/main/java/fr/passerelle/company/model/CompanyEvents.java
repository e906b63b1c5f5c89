package fr.passerelle.company.model;

/** The types of the events a company's changes emit. */
public final class CompanyEvents {

    public static final String REGISTERED = "company.registered";
    public static final String PROFILE_UPDATED = "company.profile_updated";
    public static final String SITE_ADDED = "company.site_added";
    public static final String VERIFIED = "company.verified";
    public static final String REJECTED = "company.rejected";
    /** A recruiter or a platform admin declared the workforce the interns quota is counted from. */
    public static final String WORKFORCE_DECLARED = "company.workforce_declared";

    private CompanyEvents() {
    }
}
