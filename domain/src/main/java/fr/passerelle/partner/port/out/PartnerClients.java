package fr.passerelle.partner.port.out;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where partner clients are kept. */
public interface PartnerClients extends AggregateStore<PartnerClient> {

    /** The client with this OAuth2 {@code client_id} (unique). */
    Optional<PartnerClient> findByClientId(String clientId);

    /** The organisation's clients, oldest first, at most {@code limit}. */
    List<PartnerClient> findByOrganisation(Tenant organisation, int limit);

    /**
     * The clients of several organisations of one type, oldest first, in one read (an organisation never has more
     * than {@code PartnerClientUseCases.MAX_PER_ORGANISATION}).
     */
    List<PartnerClient> findByOrganisations(Collection<Tenant> organisations);

    long countByOrganisation(Tenant organisation);
}
