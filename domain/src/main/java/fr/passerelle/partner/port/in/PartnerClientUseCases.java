package fr.passerelle.partner.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.school.model.PartnershipTier;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Partner clients, managed by the organisation's managers (school admins) and platform admins; and their
 * authentication, for the token issuer and the API's token checks.
 */
public interface PartnerClientUseCases {

    /** Organisations have a few systems each, not dozens: the list stays one short page. */
    int MAX_PER_ORGANISATION = 20;

    /** A client and a secret shown this once (only its hash is kept). */
    record IssuedSecret(PartnerClient client, String secret) {
    }

    IssuedSecret register(Actor actor, Tenant organisation, String name, Set<PartnerScope> scopes);

    /** A new secret; the previous ones keep working for {@code overlap} (at most {@link PartnerClient#MAX_OVERLAP}). */
    IssuedSecret rotateSecret(Actor actor, String clientId, Duration overlap, Long expectedVersion);

    PartnerClient suspend(Actor actor, String id, Long expectedVersion);

    PartnerClient reactivate(Actor actor, String id, Long expectedVersion);

    /** The client by id, when the actor manages its organisation; empty otherwise, as for a missing one. */
    Optional<PartnerClient> find(Actor actor, String id);

    /** The clients among these ids the actor may see. */
    List<PartnerClient> findAll(Actor actor, Collection<String> ids);

    /** The clients of each organisation the actor manages, in one read; the others get none. */
    Map<Tenant, List<PartnerClient>> ofOrganisations(Actor actor, Collection<Tenant> organisations);

    /** The organisation's clients (at most {@link #MAX_PER_ORGANISATION}); none for whoever does not manage it. */
    List<PartnerClient> ofOrganisation(Actor actor, Tenant organisation);

    /** The active client this {@code client_id} and secret open; empty for a wrong pair or a suspended client. */
    Optional<PartnerClient> authenticate(String clientId, String secret);

    /** A client with its organisation's partnership tier, which sizes its cost budget. */
    record PartnerStanding(PartnerClient client, PartnershipTier tier) {
    }

    /**
     * The client a token names by its {@code client_id}, whatever its status (token checks refuse suspended ones);
     * empty when no client has this id, or its organisation is gone.
     */
    Optional<PartnerStanding> standing(String clientId);
}
