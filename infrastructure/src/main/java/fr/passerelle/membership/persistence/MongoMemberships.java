package fr.passerelle.membership.persistence;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoMemberships extends DocumentStore<Membership, MembershipDocument> implements Memberships {

    MongoMemberships(MongoOperations mongo, EventDocumentMapper events, MembershipDocumentMapper mapper) {
        super(mongo, events, MembershipDocument.class, "email", mapper::toDomain, mapper::toDocument);
    }

    @Override
    public List<Membership> findActiveBySubject(String subject) {
        return find(Query.query(Criteria.where("subject").is(subject).and("status").is(MembershipStatus.ACTIVE)));
    }

    @Override
    public List<Membership> findInvitedByEmail(EmailAddress email, int limit) {
        return find(Query.query(Criteria.where("email").is(email.value()).and("status")
                .is(MembershipStatus.INVITED)), limit);
    }

    @Override
    public Optional<Membership> findByTenantAndEmail(Tenant tenant, EmailAddress email) {
        return findOne(Query.query(inTenant(tenant).and("email").is(email.value())));
    }

    @Override
    public List<Membership> findActiveByTenant(Tenant tenant, Set<MembershipRole> roles, int limit) {
        if (limit <= 0 || roles.isEmpty()) {
            return List.of();
        }
        return find(Query.query(inTenant(tenant).and("status").is(MembershipStatus.ACTIVE).and("role").in(roles))
                .limit(limit));
    }

    @Override
    public Set<String> activeSubjects(Tenant tenant, Set<MembershipRole> roles, Collection<String> subjects) {
        if (roles.isEmpty() || subjects.isEmpty()) {
            return Set.of();
        }
        // Led by the by_subject index: as many documents as the subjects have memberships, not the organisation's.
        return find(Query.query(Criteria.where("subject").in(subjects).and("status").is(MembershipStatus.ACTIVE)
                .and("tenant.type").is(tenant.type()).and("tenant.id").is(tenant.id()).and("role").in(roles)))
                .stream().map(Membership::subject).collect(Collectors.toSet());
    }

    @Override
    public Page<Membership> page(Tenant tenant, Paging paging) {
        return page(inTenant(tenant), "email", true, paging, MembershipDocument::email);
    }

    private static Criteria inTenant(Tenant tenant) {
        return Criteria.where("tenant.type").is(tenant.type()).and("tenant.id").is(tenant.id());
    }
}
