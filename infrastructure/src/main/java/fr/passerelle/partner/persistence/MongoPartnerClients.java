package fr.passerelle.partner.persistence;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.port.out.PartnerClients;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPartnerClients extends DocumentStore<PartnerClient, PartnerClientDocument> implements PartnerClients {

    private final MongoOperations mongo;

    MongoPartnerClients(MongoOperations mongo, EventDocumentMapper events, PartnerClientDocumentMapper mapper) {
        super(mongo, events, PartnerClientDocument.class, "clientId", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public Optional<PartnerClient> findByClientId(String clientId) {
        return findOne(Query.query(Criteria.where("clientId").is(clientId)));
    }

    @Override
    public List<PartnerClient> findByOrganisation(Tenant organisation, int limit) {
        return find(Query.query(of(organisation)).with(Sort.by("createdAt", "_id")), limit);
    }

    @Override
    public List<PartnerClient> findByOrganisations(Collection<Tenant> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<Criteria> each = organisations.stream().map(MongoPartnerClients::of).toList();
        return find(Query.query(new Criteria().orOperator(each)).with(Sort.by("createdAt", "_id")));
    }

    @Override
    public long countByOrganisation(Tenant organisation) {
        return mongo.count(Query.query(of(organisation)), PartnerClientDocument.class);
    }

    private static Criteria of(Tenant organisation) {
        return Criteria.where("organisation.type").is(organisation.type()).and("organisation.id").is(organisation.id());
    }
}
