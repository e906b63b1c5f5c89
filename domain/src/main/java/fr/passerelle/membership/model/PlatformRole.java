package fr.passerelle.membership.model;

/**
 * Platform-wide roles, read from the access token's roles claim. They carry no tenancy: what a school admin or a
 * recruiter may touch comes from their {@link Membership}s in our own data.
 */
public enum PlatformRole {
    /** Operates the platform: sees and manages everything. */
    PLATFORM_ADMIN,
    /** Career advisor: sees every school and company, vets companies. */
    ADVISOR,
    /** A learner; their own data only (learner profiles arrive with a later feature). */
    LEARNER
}
