package fr.passerelle.partner.model;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.Aggregate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation's information system calling the API by OAuth2 client credentials. Its calls act as the
 * organisation, within its scopes, never as a person.
 *
 * @param clientId     the OAuth2 {@code client_id}, public and unique (the identity provider's client)
 * @param organisation the organisation it acts for (a school today; a company later)
 * @param secrets      the secrets that work or will soon stop: the current one (no end) and, after a rotation, the
 *                     previous ones until their overlap ends
 */
public record PartnerClient(String id, String clientId, Tenant organisation, String name, Set<PartnerScope> scopes,
                            PartnerClientStatus status, List<ClientSecret> secrets, String createdBy,
                            Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    /** Longest overlap a rotation may leave the previous secret: enough for a slow deployment, no more. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(7);
    /** Previous secrets kept through overlaps: rotating in a loop must not grow the client without bound. */
    static final int MAX_PREVIOUS_SECRETS = 2;

    public PartnerClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        secrets = List.copyOf(secrets);
    }

    public static PartnerClient register(String id, String clientId, Tenant organisation, String name,
                                         Set<PartnerScope> scopes, String secret, String createdBy, Instant now) {
        return new PartnerClient(id, clientId, organisation, name, scopes, PartnerClientStatus.ACTIVE,
                List.of(ClientSecret.of(secret, now)), createdBy, now, now, 0);
    }

    /**
     * A new current secret; those that worked keep working until {@code now + overlap} (or their own earlier end),
     * so the partner can deploy the new one without an outage. Secrets already over are forgotten.
     */
    public PartnerClient rotate(String newSecret, Duration overlap, Instant now) {
        Instant end = now.plus(overlap);
        List<ClientSecret> kept = new ArrayList<>();
        for (ClientSecret secret : secrets) {
            ClientSecret ending = secret.endingBy(end);
            if (ending.isValidAt(now)) {
                kept.add(ending);
            }
        }
        while (kept.size() > MAX_PREVIOUS_SECRETS) {
            kept.remove(0);
        }
        kept.add(ClientSecret.of(newSecret, now));
        return new PartnerClient(id, clientId, organisation, name, scopes, status, kept, createdBy, createdAt, now,
                version);
    }

    /** Whether this secret opens the client now: an active client, and a secret not past its overlap. */
    public boolean authenticates(String secret, Instant now) {
        return isActive() && secrets.stream().anyMatch(s -> s.isValidAt(now) && s.matches(secret));
    }

    public PartnerClient withStatus(PartnerClientStatus newStatus, Instant now) {
        return new PartnerClient(id, clientId, organisation, name, scopes, newStatus, secrets, createdBy, createdAt,
                now, version);
    }

    public boolean isActive() {
        return status == PartnerClientStatus.ACTIVE;
    }

    /** The scopes a token of this client may use: those it asks for, among those granted. */
    public Set<PartnerScope> grantedAmong(Set<PartnerScope> requested) {
        Set<PartnerScope> granted = EnumSet.noneOf(PartnerScope.class);
        requested.stream().filter(scopes::contains).forEach(granted::add);
        return granted;
    }
}
