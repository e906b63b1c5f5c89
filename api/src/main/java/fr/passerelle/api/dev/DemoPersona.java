package fr.passerelle.api.dev;

import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The demo personas. The dev issuer hands each a token (client id = persona key, client secret = key + {@code
 * -secret}: the authorization server wants distinct secrets); the demo data gives each their membership. The Keycloak realm in {@code docker/} has
 * the same subjects, so the same demo data works there.
 */
enum DemoPersona {
    PLATFORM_ADMIN("platform-admin", 1, "Paula Admin", Set.of(PlatformRole.PLATFORM_ADMIN), null, null),
    ADVISOR("advisor", 2, "Antoine Conseil", Set.of(PlatformRole.ADVISOR), null, null),
    SCHOOL_ADMIN_A("school-admin-a", 3, "Sophie Lumière", Set.of(), MembershipRole.SCHOOL_ADMIN,
            Tenant.school(DemoData.SCHOOL_A)),
    SCHOOL_ADMIN_B("school-admin-b", 4, "Bruno Méca", Set.of(), MembershipRole.SCHOOL_ADMIN,
            Tenant.school(DemoData.SCHOOL_B)),
    RECRUITER_X("recruiter-x", 5, "Xavier Garage", Set.of(), MembershipRole.RECRUITER,
            Tenant.company(DemoData.COMPANY_X)),
    RECRUITER_Y("recruiter-y", 6, "Yasmine Studio", Set.of(), MembershipRole.RECRUITER,
            Tenant.company(DemoData.COMPANY_Y)),
    LEARNER("learner", 7, "Léa Apprenante", Set.of(PlatformRole.LEARNER), null, null),
    /**
     * School B's information system syncing its roster: a machine, not a person (in Keycloak, a confidential
     * client's service account). It manages its school's data, hence SCHOOL_ADMIN.
     */
    PARTNER_SCHOOL_B("partner-school-b", 8, "MécaFormation Lyon (SI)", Set.of(), MembershipRole.SCHOOL_ADMIN,
            Tenant.school(DemoData.SCHOOL_B)),
    /** School B's admissions advisor: works its CRM (contacts, deals, tasks), configures nothing. */
    ADMISSIONS_B("admissions-b", 9, "Amina Conseil", Set.of(), MembershipRole.ADMISSIONS,
            Tenant.school(DemoData.SCHOOL_B));

    private final String key;
    private final String subject;
    private final String displayName;
    private final Set<PlatformRole> roles;
    private final MembershipRole membershipRole;
    private final Tenant tenant;

    DemoPersona(String key, int number, String displayName, Set<PlatformRole> roles, MembershipRole membershipRole,
                Tenant tenant) {
        this.key = key;
        this.subject = String.format("00000000-0000-4000-8000-%012d", number);
        this.displayName = displayName;
        this.roles = roles;
        this.membershipRole = membershipRole;
        this.tenant = tenant;
    }

    static Optional<DemoPersona> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    String key() {
        return key;
    }

    String clientSecret() {
        return key + "-secret";
    }

    String subject() {
        return subject;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return key + "@passerelle.dev";
    }

    Set<PlatformRole> roles() {
        return roles;
    }

    Optional<MembershipRole> membershipRole() {
        return Optional.ofNullable(membershipRole);
    }

    Optional<Tenant> tenant() {
        return Optional.ofNullable(tenant);
    }
}
