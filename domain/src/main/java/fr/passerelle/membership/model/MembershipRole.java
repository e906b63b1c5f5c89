package fr.passerelle.membership.model;

/** A person's role inside one school or one company. */
public enum MembershipRole {
    /** Manages the school's profile, programs and staff. */
    SCHOOL_ADMIN(TenantType.SCHOOL),
    /** Teacher or referent: sees the school, manages nothing of it. */
    SCHOOL_STAFF(TenantType.SCHOOL),
    /** Manages the company's profile, sites and members; publishes offers later. */
    RECRUITER(TenantType.COMPANY),
    /** Follows interns at the company; manages nothing of it. */
    TUTOR(TenantType.COMPANY);

    private final TenantType tenantType;

    MembershipRole(TenantType tenantType) {
        this.tenantType = tenantType;
    }

    public TenantType tenantType() {
        return tenantType;
    }

    /** Whether this role may change the organisation's profile and members. */
    public boolean manages() {
        return this == SCHOOL_ADMIN || this == RECRUITER;
    }
}
