package fr.passerelle.partner.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerClientEvents;
import fr.passerelle.partner.model.PartnerClientStatus;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.partner.port.in.PartnerClientUseCases;
import fr.passerelle.partner.port.out.Organisations;
import fr.passerelle.partner.port.out.PartnerClients;
import fr.passerelle.partner.port.out.SecretSource;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registers, rotates, suspends and authenticates partner clients. Only the organisation's managers and platform
 * admins see or change them; to anyone else a client looks missing.
 */
public class PartnerClientService implements PartnerClientUseCases {

    private static final String TYPE = "PartnerClient";

    private final PartnerClients clients;
    private final Organisations organisations;
    private final SecretSource secrets;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public PartnerClientService(PartnerClients clients, Organisations organisations, SecretSource secrets,
                                IdGenerator ids, EventFactory events, Clock clock) {
        this.clients = clients;
        this.organisations = organisations;
        this.secrets = secrets;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public IssuedSecret register(Actor actor, Tenant organisation, String name, Set<PartnerScope> scopes) {
        if (organisations.tierOf(organisation).isEmpty()) {
            throw new NotFoundException(organisation.type() == TenantType.SCHOOL
                    ? "School" : "Company", organisation.id());
        }
        if (!actor.canManage(organisation)) {
            throw new ForbiddenException("error.forbidden.organisation");
        }
        var checks = new Checks();
        String cleanName = checks.text("name", name, Limits.SHORT_TEXT);
        if (scopes == null || scopes.isEmpty()) {
            checks.add("scopes", ErrorCode.REQUIRED, "error.partner-client.scopes-required");
        }
        if (clients.countByOrganisation(organisation) >= MAX_PER_ORGANISATION) {
            checks.add("", ErrorCode.OUT_OF_RANGE, "error.partner-client.too-many", MAX_PER_ORGANISATION);
        }
        checks.throwIfAny();
        String secret = secrets.newSecret();
        PartnerClient client = PartnerClient.register(ids.newId(), secrets.newClientId(), organisation, cleanName,
                scopes, secret, actor.subject(), clock.instant());
        PartnerClient stored = clients.insert(client, events.created(PartnerClientEvents.REGISTERED,
                actor.initiatorFor(organisation), client, PartnerClientEvents.attributesOf(client)));
        return new IssuedSecret(stored, secret);
    }

    @Override
    public IssuedSecret rotateSecret(Actor actor, String id, Duration overlap, Long expectedVersion) {
        if (overlap == null || overlap.isNegative() || overlap.compareTo(PartnerClient.MAX_OVERLAP) > 0) {
            throw BusinessRuleViolation.of("overlapSeconds", ErrorCode.OUT_OF_RANGE,
                    "error.partner-client.overlap", PartnerClient.MAX_OVERLAP.toSeconds());
        }
        String secret = secrets.newSecret();
        PartnerClient rotated = versioned(actor, id, PartnerClientEvents.SECRET_ROTATED)
                .apply(expectedVersion, client -> client.rotate(secret, overlap, clock.instant()));
        return new IssuedSecret(rotated, secret);
    }

    @Override
    public PartnerClient suspend(Actor actor, String id, Long expectedVersion) {
        return versioned(actor, id, PartnerClientEvents.SUSPENDED).apply(expectedVersion, client ->
                client.status() == PartnerClientStatus.SUSPENDED ? client
                        : client.withStatus(PartnerClientStatus.SUSPENDED, clock.instant()));
    }

    @Override
    public PartnerClient reactivate(Actor actor, String id, Long expectedVersion) {
        return versioned(actor, id, PartnerClientEvents.REACTIVATED).apply(expectedVersion, client ->
                client.isActive() ? client : client.withStatus(PartnerClientStatus.ACTIVE, clock.instant()));
    }

    @Override
    public Optional<PartnerClient> find(Actor actor, String id) {
        return clients.findById(id).filter(client -> actor.canManage(client.organisation()));
    }

    @Override
    public List<PartnerClient> findAll(Actor actor, Collection<String> ids) {
        return clients.findAllById(ids).stream().filter(client -> actor.canManage(client.organisation())).toList();
    }

    @Override
    public Map<Tenant, List<PartnerClient>> ofOrganisations(Actor actor, Collection<Tenant> organisations) {
        List<Tenant> managed = organisations.stream().filter(actor::canManage).distinct().toList();
        Map<Tenant, List<PartnerClient>> byOrganisation = new HashMap<>();
        if (!managed.isEmpty()) {
            clients.findByOrganisations(managed).forEach(client ->
                    byOrganisation.computeIfAbsent(client.organisation(), o -> new ArrayList<>()).add(client));
        }
        return byOrganisation;
    }

    @Override
    public List<PartnerClient> ofOrganisation(Actor actor, Tenant organisation) {
        return actor.canManage(organisation) ? clients.findByOrganisation(organisation, MAX_PER_ORGANISATION)
                : List.of();
    }

    @Override
    public Optional<PartnerClient> authenticate(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        return clients.findByClientId(clientId).filter(client -> client.authenticates(secret, clock.instant()));
    }

    @Override
    public Optional<PartnerStanding> standing(String clientId) {
        return (clientId == null ? Optional.<PartnerClient>empty() : clients.findByClientId(clientId))
                .flatMap(client -> organisations.tierOf(client.organisation())
                        .map(tier -> new PartnerStanding(client, tier)));
    }

    private VersionedChange<PartnerClient> versioned(Actor actor, String id, String eventType) {
        return new VersionedChange<>(() -> find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id)),
                PartnerClient::version, (before, after) -> clients.update(after, events.changed(eventType,
                        actor.initiatorFor(after.organisation()), before, after,
                        PartnerClientEvents.attributesOf(after))));
    }
}
