package fr.passerelle.testing;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Memberships} in a map, honouring the port's contract: one membership per organisation and e-mail,
 * optimistic locking on {@code version}. {@link #page} ignores paging: every membership of the organisation,
 * ordered by e-mail.
 */
public class InMemoryMemberships implements Memberships {

    private final Map<String, Membership> byId = new TreeMap<>();

    @Override
    public Optional<Membership> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Membership> findAllById(Collection<String> ids) {
        return ids.stream().distinct().map(byId::get).filter(m -> m != null).toList();
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
    public Optional<Membership> findByTenantAndEmail(Tenant tenant, EmailAddress email) {
        return byId.values().stream().filter(m -> m.tenant().equals(tenant) && m.email().equals(email)).findFirst();
    }

    @Override
    public Membership insert(Membership membership) {
        if (byId.containsKey(membership.id())
                || findByTenantAndEmail(membership.tenant(), membership.email()).isPresent()) {
            throw new DuplicateKeyException("email");
        }
        byId.put(membership.id(), membership);
        return membership;
    }

    @Override
    public Membership update(Membership m) {
        Membership stored = byId.get(m.id());
        if (stored == null || stored.version() != m.version()) {
            throw new ConcurrentUpdateException("Membership", m.id());
        }
        Membership saved = new Membership(m.id(), m.tenant(), m.role(), m.email(), m.subject(), m.status(),
                m.invitedBy(), m.invitedAt(), m.activatedAt(), m.version() + 1);
        byId.put(saved.id(), saved);
        return saved;
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

    public List<Membership> all() {
        return List.copyOf(byId.values());
    }
}
