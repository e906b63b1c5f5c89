package fr.passerelle.membership.port.out;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored memberships. One e-mail holds at most one membership per organisation (DuplicateKeyException key "email"). */
public interface Memberships extends AggregateStore<Membership> {

    List<Membership> findActiveBySubject(String subject);

    /** Pending invitations addressed to this e-mail, at most {@code limit}. */
    List<Membership> findInvitedByEmail(EmailAddress email, int limit);

    /** The organisation's active members holding one of the roles, at most {@code limit}. */
    List<Membership> findActiveByTenant(Tenant tenant, Set<MembershipRole> roles, int limit);

    /**
     * Which of these subjects are active members of the organisation with one of the roles: one read by subject,
     * costing what the (small) list of subjects costs, however large the organisation.
     */
    Set<String> activeSubjects(Tenant tenant, Set<MembershipRole> roles, Collection<String> subjects);

    Optional<Membership> findByTenantAndEmail(Tenant tenant, EmailAddress email);

    /** The organisation's memberships ordered by e-mail. */
    Page<Membership> page(Tenant tenant, Paging paging);
}
