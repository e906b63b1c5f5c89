package fr.passerelle.membership.port.out;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored memberships. One e-mail holds at most one membership per organisation. */
public interface Memberships {

    Optional<Membership> findById(String id);

    List<Membership> findAllById(Collection<String> ids);

    List<Membership> findActiveBySubject(String subject);

    /** Pending invitations addressed to this e-mail, at most {@code limit}. */
    List<Membership> findInvitedByEmail(EmailAddress email, int limit);

    Optional<Membership> findByTenantAndEmail(Tenant tenant, EmailAddress email);

    /** @throws fr.passerelle.shared.error.DuplicateKeyException when the e-mail is already a member */
    Membership insert(Membership membership);

    /** @throws fr.passerelle.shared.error.ConcurrentUpdateException when the stored version moved on */
    Membership update(Membership membership);

    /** The organisation's memberships ordered by e-mail. */
    Page<Membership> page(Tenant tenant, Paging paging);
}
