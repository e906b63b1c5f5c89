package fr.passerelle.membership.model;

import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling: the token's subject and platform roles, plus their active memberships from our own data. Every
 * use case takes one and decides from it alone; nothing reads a security context behind its back.
 *
 * @param email the token's e-mail when the identity provider verified it, else null
 * @param client the OAuth2 client the token was issued to, when it says
 * @param partnerScopes for an organisation's partner client (its system, not a person), the OAuth2 scopes its token
 *                      holds (e.g. {@code webhooks:manage}); null for a person's token
 */
public record Actor(String subject, String displayName, EmailAddress email, Set<PlatformRole> roles,
                    List<Membership> memberships, String client, Set<String> partnerScopes) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        memberships = memberships.stream().filter(Membership::isActive).toList();
        partnerScopes = partnerScopes == null ? null : Set.copyOf(partnerScopes);
    }

    public Actor(String subject, String displayName, EmailAddress email, Set<PlatformRole> roles,
                 List<Membership> memberships, String client) {
        this(subject, displayName, email, roles, memberships, client, null);
    }

    public Actor(String subject, String displayName, EmailAddress email, Set<PlatformRole> roles,
                 List<Membership> memberships) {
        this(subject, displayName, email, roles, memberships, null);
    }

    /**
     * How events name this actor acting on an organisation's object: as its member, or on its behalf when they
     * are not one (a platform admin, an advisor).
     *
     * @param concerned the organisation the action touches, or null for a personal action
     */
    public Initiator initiatorFor(Tenant concerned) {
        if (concerned == null) {
            return new Initiator(subject, roleNames(), null, null, client);
        }
        return isMemberOf(concerned)
                ? new Initiator(subject, roleNames(), concerned.key(), null, client)
                : new Initiator(subject, roleNames(), null, concerned.key(), client);
    }

    /** How events name this actor joining an organisation: as the member they become. */
    public Initiator initiatorJoining(Tenant joined) {
        return new Initiator(subject, roleNames(), joined.key(), null, client);
    }

    private Set<String> roleNames() {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this is an organisation's partner client (its system) rather than a person. */
    public boolean isPartnerClient() {
        return partnerScopes != null;
    }

    /** Whether this is a partner client of that organisation whose token holds the scope. */
    public boolean isPartnerClientOf(Tenant tenant, String scope) {
        return isPartnerClient() && partnerScopes.contains(scope) && isMemberOf(tenant);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(PlatformRole.PLATFORM_ADMIN);
    }

    /** Platform admins and advisors read every school and company. */
    public boolean readsEverything() {
        return isPlatformAdmin() || roles.contains(PlatformRole.ADVISOR);
    }

    public boolean isMemberOf(Tenant tenant) {
        return memberships.stream().anyMatch(m -> m.tenant().equals(tenant));
    }

    /** Whether the actor is a member of the organisation events name by this key ({@link Tenant#key()}); null: no. */
    public boolean isMemberOf(String tenantKey) {
        return tenantKey != null && memberships.stream().anyMatch(m -> m.tenant().key().equals(tenantKey));
    }

    public boolean manages(Tenant tenant) {
        return memberships.stream().anyMatch(m -> m.tenant().equals(tenant) && m.role().manages());
    }

    public boolean canRead(Tenant tenant) {
        return readsEverything() || isMemberOf(tenant);
    }

    /** Platform admins manage everything; otherwise only members whose role manages the organisation. */
    public boolean canManage(Tenant tenant) {
        return isPlatformAdmin() || manages(tenant);
    }

    /** Ids of the organisations of one type this actor belongs to. */
    public Set<String> tenantIds(TenantType type) {
        return memberships.stream()
                .filter(m -> m.tenant().type() == type)
                .map(m -> m.tenant().id())
                .collect(Collectors.toUnmodifiableSet());
    }
}
