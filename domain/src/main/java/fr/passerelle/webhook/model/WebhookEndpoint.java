package fr.passerelle.webhook.model;

import fr.passerelle.membership.model.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where an organisation wants its events sent, and which. One document, changed under its version.
 *
 * @param secrets        the current secret last; before it, rotated-out ones still signing until their overlap ends
 * @param disabledReason why it is off, null while enabled
 * @param failingSince   the first failure of the current run of failures, null after any success
 */
public record WebhookEndpoint(String id, Tenant organisation, String url, Set<String> eventTypes,
                              List<EndpointSecret> secrets, boolean enabled, DisabledReason disabledReason,
                              Instant failingSince, String createdBy, Instant createdAt, long version) {

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(url, "url");
        eventTypes = Set.copyOf(eventTypes);
        secrets = List.copyOf(secrets);
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("an endpoint has a secret");
        }
    }

    public static WebhookEndpoint register(String id, Tenant organisation, String url, Set<String> eventTypes,
                                           String sealedSecret, String createdBy, Instant now) {
        return new WebhookEndpoint(id, organisation, url, eventTypes, List.of(new EndpointSecret(sealedSecret, now, null)),
                true, null, null, createdBy, now, 0);
    }

    public boolean subscribesTo(String eventType) {
        return enabled && eventTypes.contains(eventType);
    }

    /** The secrets that sign a message sent now: the current one and those still in their overlap. */
    public List<EndpointSecret> signingSecrets(Instant now) {
        return secrets.stream().filter(secret -> secret.activeAt(now)).toList();
    }

    public WebhookEndpoint edited(String newUrl, Set<String> newEventTypes) {
        return new WebhookEndpoint(id, organisation, newUrl, newEventTypes, secrets, enabled, disabledReason,
                failingSince, createdBy, createdAt, version);
    }

    /** Turned on again: its failure count starts afresh. */
    public WebhookEndpoint reenabled() {
        return new WebhookEndpoint(id, organisation, url, eventTypes, secrets, true, null, null, createdBy, createdAt,
                version);
    }

    public WebhookEndpoint disabled(DisabledReason reason) {
        return new WebhookEndpoint(id, organisation, url, eventTypes, secrets, false, reason, failingSince, createdBy,
                createdAt, version);
    }

    /**
     * A new current secret; the previous current one keeps signing for the overlap, so receivers can switch without
     * missing a message. Secrets whose overlap is over are dropped.
     */
    public WebhookEndpoint rotated(String sealedSecret, Instant now, Duration overlap) {
        List<EndpointSecret> kept = new ArrayList<>();
        for (EndpointSecret secret : secrets) {
            if (secret.expiresAt() == null) {
                kept.add(new EndpointSecret(secret.sealed(), secret.createdAt(), now.plus(overlap)));
            } else if (secret.activeAt(now)) {
                kept.add(secret);
            }
        }
        kept.add(new EndpointSecret(sealedSecret, now, null));
        return new WebhookEndpoint(id, organisation, url, eventTypes, kept, enabled, disabledReason, failingSince,
                createdBy, createdAt, version);
    }

    public WebhookEndpoint succeeded() {
        return failingSince == null ? this : new WebhookEndpoint(id, organisation, url, eventTypes, secrets, enabled,
                disabledReason, null, createdBy, createdAt, version);
    }

    public WebhookEndpoint failed(Instant now) {
        return failingSince != null ? this : new WebhookEndpoint(id, organisation, url, eventTypes, secrets, enabled,
                disabledReason, now, createdBy, createdAt, version);
    }

    /** Whether it has failed without a single success for the whole window. */
    public boolean failingFor(Duration window, Instant now) {
        return failingSince != null && !now.isBefore(failingSince.plus(window));
    }
}
