package fr.passerelle.membership.model;

/** A person's role inside one school or one company. */
public enum MembershipRole {
    /** Manages the school's profile, programs and staff. */
    SCHOOL_ADMIN(TenantType.SCHOOL),
    /** Teacher or referent: sees the school, manages nothing of it. */
    SCHOOL_STAFF(TenantType.SCHOOL),
    /** Admissions or sales advisor: works the school's CRM (contacts, deals, tasks), manages nothing else. */
    ADMISSIONS(TenantType.SCHOOL),
    /** Trainer: delivers training sessions; sees the school like its staff. */
    TRAINER(TenantType.SCHOOL),
    /** Finance: reads the CRM and, later, quotes, funding and payments; manages nothing of the school. */
    FINANCE(TenantType.SCHOOL),
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
