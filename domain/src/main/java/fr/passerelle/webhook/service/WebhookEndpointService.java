package fr.passerelle.webhook.service;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.webhook.model.DeliveryStatus;
import fr.passerelle.webhook.model.DisabledReason;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.model.WebhookEventTypes;
import fr.passerelle.webhook.model.WebhookPolicy;
import fr.passerelle.webhook.model.WebhookSecret;
import fr.passerelle.webhook.port.in.WebhookUseCases;
import fr.passerelle.webhook.port.out.SecretBox;
import fr.passerelle.webhook.port.out.WebhookDeliveries;
import fr.passerelle.webhook.port.out.WebhookEndpoints;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Registering and managing endpoints, reading their messages, replaying failed ones. */
public class WebhookEndpointService implements WebhookUseCases {

    /** Enough for one receiver per system an organisation runs; bounds the fan-out of each event. */
    static final int MAX_ENDPOINTS = 10;
    static final Duration MAX_REPLAY_RANGE = Duration.ofDays(7);
    static final String OBJECT_TYPE = "WebhookEndpoint";

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookUrls urls;
    private final SecretBox secrets;
    private final WebhookAttempts attempts;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final WebhookPolicy policy;
    private final Clock clock;

    public WebhookEndpointService(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookUrls urls,
                                  SecretBox secrets, WebhookAttempts attempts, AuditTrail audit, IdGenerator ids,
                                  WebhookPolicy policy, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.urls = urls;
        this.secrets = secrets;
        this.attempts = attempts;
        this.audit = audit;
        this.ids = ids;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public WithSecret register(Actor actor, Tenant organisation, String url, Set<String> eventTypes) {
        if (!WebhookAccess.mayManage(actor, organisation)) {
            throw new ForbiddenException("error.forbidden.webhooks");
        }
        URI checked = urls.check("url", url);
        checkEventTypes(eventTypes);
        if (endpoints.countOf(organisation) >= MAX_ENDPOINTS) {
            throw BusinessRuleViolation.of("organisationId", ErrorCode.OUT_OF_RANGE, "error.webhook.too-many",
                    MAX_ENDPOINTS);
        }
        String secret = WebhookSecret.generate();
        WebhookEndpoint registered = endpoints.insert(WebhookEndpoint.register(ids.newId(), organisation,
                checked.toString(), eventTypes, secrets.seal(secret), actor.subject(), clock.instant()));
        audited(actor, registered, "webhook.registered", List.of("url", "eventTypes", "secrets", "enabled"));
        return new WithSecret(registered, secret);
    }

    @Override
    public WebhookEndpoint update(Actor actor, String endpointId, String url, Set<String> eventTypes, Boolean enabled) {
        WebhookEndpoint before = managed(actor, endpointId);
        String newUrl = url == null ? before.url() : urls.check("url", url).toString();
        if (eventTypes != null) {
            checkEventTypes(eventTypes);
        }
        WebhookEndpoint after = before.edited(newUrl, eventTypes == null ? before.eventTypes() : eventTypes);
        if (enabled != null && enabled != before.enabled()) {
            after = enabled ? after.reenabled() : after.disabled(DisabledReason.BY_USER);
        }
        if (after.equals(before)) {
            return before;
        }
        WebhookEndpoint stored = endpoints.update(after);
        audited(actor, stored, "webhook.updated", List.of("url", "eventTypes", "enabled"));
        return stored;
    }

    @Override
    public WithSecret rotateSecret(Actor actor, String endpointId) {
        WebhookEndpoint before = managed(actor, endpointId);
        String secret = WebhookSecret.generate();
        WebhookEndpoint stored = endpoints.update(before.rotated(secrets.seal(secret), clock.instant(),
                policy.secretOverlap()));
        audited(actor, stored, "webhook.secret_rotated", List.of("secrets"));
        return new WithSecret(stored, secret);
    }

    @Override
    public Page<WebhookEndpoint> endpoints(Actor actor, Tenant organisation, Paging paging) {
        if (!WebhookAccess.mayManage(actor, organisation)) {
            throw new ForbiddenException("error.forbidden.webhooks");
        }
        return endpoints.page(organisation, paging);
    }

    @Override
    public Optional<WebhookEndpoint> find(Actor actor, String endpointId) {
        return endpoints.findById(endpointId).filter(e -> WebhookAccess.mayManage(actor, e.organisation()));
    }

    @Override
    public List<WebhookEndpoint> findAll(Actor actor, Collection<String> endpointIds) {
        return endpoints.findAllById(endpointIds).stream()
                .filter(e -> WebhookAccess.mayManage(actor, e.organisation())).toList();
    }

    @Override
    public Page<WebhookDelivery> deliveries(Actor actor, String endpointId, Paging paging) {
        return find(actor, endpointId).map(e -> deliveries.page(e.id(), paging)).orElse(Page.empty());
    }

    /**
     * Each failed message gets one more attempt, at once (its {@code webhook-id} unchanged, so a receiver that did get
     * it can tell); a message failing again stays failed.
     */
    @Override
    public int replayFailed(Actor actor, String endpointId, Instant from, Instant to) {
        WebhookEndpoint endpoint = managed(actor, endpointId);
        if (from == null || to == null || !from.isBefore(to)) {
            throw BusinessRuleViolation.of("to", ErrorCode.INVALID, "error.webhook.replay-range");
        }
        if (Duration.between(from, to).compareTo(MAX_REPLAY_RANGE) > 0) {
            throw BusinessRuleViolation.of("to", ErrorCode.OUT_OF_RANGE, "error.webhook.replay-too-long",
                    MAX_REPLAY_RANGE.toDays());
        }
        if (!endpoint.enabled()) {
            throw BusinessRuleViolation.of("endpointId", ErrorCode.INVALID_STATE, "error.webhook.replay-disabled");
        }
        Instant now = clock.instant();
        int replayed = 0;
        for (WebhookDelivery failed : deliveries.failedBetween(endpoint.id(), from, to, MAX_REPLAY)) {
            if (failed.status() == DeliveryStatus.FAILED) {
                WebhookDelivery again = deliveries.update(failed.replayed(now));
                attempts.schedule(again);
                replayed++;
            }
        }
        audited(actor, endpoint, "webhook.replayed", List.of());
        return replayed;
    }

    private WebhookEndpoint managed(Actor actor, String endpointId) {
        return find(actor, endpointId).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, endpointId));
    }

    private static void checkEventTypes(Set<String> eventTypes) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw BusinessRuleViolation.of("eventTypes", ErrorCode.REQUIRED, "error.webhook.event-types-required");
        }
        if (eventTypes.size() > WebhookEventTypes.ALL.size()) {
            throw BusinessRuleViolation.of("eventTypes", ErrorCode.OUT_OF_RANGE, "error.webhook.event-type-unknown",
                    "");
        }
        for (String type : eventTypes) {
            if (!WebhookEventTypes.ALL.contains(type)) {
                throw BusinessRuleViolation.of("eventTypes", ErrorCode.INVALID, "error.webhook.event-type-unknown",
                        type.length() > 60 ? type.substring(0, 60) + "…" : type);
            }
        }
    }

    /** Endpoints are not outbox aggregates (their changes interest no subscriber): audited directly. */
    private void audited(Actor actor, WebhookEndpoint endpoint, String action, List<String> fields) {
        audit.append(new AuditEntry(ids.newId(), action, OBJECT_TYPE, endpoint.id(), endpoint.version(),
                actor.initiatorFor(endpoint.organisation()), fields, clock.instant()));
    }
}
