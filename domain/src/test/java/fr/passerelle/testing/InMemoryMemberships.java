package fr.passerelle.testing;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Memberships} in a map, honouring the port's contract: one membership per organisation and e-mail,
 * optimistic locking on {@code version}. {@link #page} ignores paging: every membership of the organisation,
 * ordered by e-mail.
 */
public class InMemoryMemberships extends InMemoryStore<Membership> implements Memberships {

    public InMemoryMemberships() {
        super("email", m -> List.of(m.tenant(), m.email()), (m, version) -> new Membership(m.id(), m.tenant(), m.role(),
                m.email(), m.subject(), m.status(), m.invitedBy(), m.invitedAt(), m.activatedAt(), version));
    }

    @Override
    public List<Membership> findActiveBySubject(String subject) {
        return byId.values().stream().filter(m -> m.isActive() && subject.equals(m.subject())).toList();
    }

    @Override
    public List<Membership> findInvitedByEmail(EmailAddress email, int limit) {
        return byId.values().stream()
                .filter(m -> m.status() == MembershipStatus.INVITED && m.email().equals(email))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Membership> findActiveByTenant(Tenant tenant, Set<MembershipRole> roles, int limit) {
        return byId.values().stream()
                .filter(m -> m.isActive() && m.tenant().equals(tenant) && roles.contains(m.role()))
                .limit(limit).toList();
    }

    @Override
    public Set<String> activeSubjects(Tenant tenant, Set<MembershipRole> roles, Collection<String> subjects) {
        return byId.values().stream().filter(m -> m.isActive() && m.tenant().equals(tenant)
                        && roles.contains(m.role()) && subjects.contains(m.subject()))
                .map(Membership::subject).collect(Collectors.toSet());
    }

    @Override
    public Optional<Membership> findByTenantAndEmail(Tenant tenant, EmailAddress email) {
        return byId.values().stream().filter(m -> m.tenant().equals(tenant) && m.email().equals(email)).findFirst();
    }

    @Override
    public Page<Membership> page(Tenant tenant, Paging paging) {
        List<Membership> members = byId.values().stream()
                .filter(m -> m.tenant().equals(tenant))
                .sorted(Comparator.comparing((Membership m) -> m.email().value()).thenComparing(Membership::id))
                .toList();
        return new Page<>(members, members.stream().map(m -> new Keyset(m.email().value(), m.id())).toList(),
                false, false);
    }
}
