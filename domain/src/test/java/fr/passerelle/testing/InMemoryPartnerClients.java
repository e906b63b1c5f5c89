package fr.passerelle.testing;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.port.out.PartnerClients;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link PartnerClients} in a map: client ids unique, optimistic locking on {@code version}. */
public class InMemoryPartnerClients extends InMemoryStore<PartnerClient> implements PartnerClients {

    public InMemoryPartnerClients() {
        super("clientId", PartnerClient::clientId, (c, version) -> new PartnerClient(c.id(), c.clientId(),
                c.organisation(), c.name(), c.scopes(), c.status(), c.secrets(), c.createdBy(), c.createdAt(),
                c.updatedAt(), version));
    }

    @Override
    public Optional<PartnerClient> findByClientId(String clientId) {
        return byId.values().stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    @Override
    public List<PartnerClient> findByOrganisation(Tenant organisation, int limit) {
        return findByOrganisations(List.of(organisation)).stream().limit(limit).toList();
    }

    @Override
    public List<PartnerClient> findByOrganisations(Collection<Tenant> organisations) {
        return byId.values().stream().filter(c -> organisations.contains(c.organisation()))
                .sorted(Comparator.comparing(PartnerClient::createdAt).thenComparing(PartnerClient::id)).toList();
    }

    @Override
    public long countByOrganisation(Tenant organisation) {
        return findByOrganisations(List.of(organisation)).size();
    }
}
