package fr.passerelle.webhook.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.model.WebhookEventTypes;
import fr.passerelle.webhook.port.in.WebhookUseCases;
import graphql.relay.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** An organisation's webhook endpoints and their messages. */
@Controller
class WebhookController implements NodeLoader {

    private static final String NEWEST_FIRST = "CREATED_AT_DESC";
    private static final List<String> EVENT_TYPES = WebhookEventTypes.ALL.stream().sorted().toList();

    private final WebhookUseCases webhooks;

    WebhookController(WebhookUseCases webhooks) {
        this.webhooks = webhooks;
    }

    @QueryMapping
    Connection<WebhookEndpointView> webhookEndpoints(@Argument String organisationId, @Arguments PageArguments page,
                                                     @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(webhooks.endpoints(actor, organisation(organisationId), connection.paging()),
                WebhookEndpointView::of);
    }

    @QueryMapping
    List<String> webhookEventTypes() {
        return EVENT_TYPES;
    }

    @SchemaMapping(typeName = WebhookEndpointView.TYPE, field = "deliveries")
    Connection<WebhookDeliveryView> deliveries(WebhookEndpointView endpoint, @Arguments PageArguments page,
                                               @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(webhooks.deliveries(actor, endpoint.localId(), connection.paging()),
                WebhookDeliveryView::of);
    }

    @MutationMapping
    WebhookEndpointView.SecretPayload webhookEndpointCreate(@Argument String organisationId,
                                                            @Argument WebhookEndpointInput input,
                                                            @ContextValue Actor actor) {
        Tenant organisation = organisation(organisationId);
        return Mutations.run("input", Set.of("organisationId"),
                () -> webhooks.register(actor, organisation, input.url(), types(input.eventTypes())),
                WebhookEndpointView.SecretPayload::of);
    }

    @MutationMapping
    WebhookEndpointView.Payload webhookEndpointUpdate(@Argument String id, @Argument WebhookEndpointUpdateInput input,
                                                      @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, WebhookEndpointView.TYPE);
        return Mutations.run("input", Set.of("id"),
                () -> webhooks.update(actor, localId, input.url(), types(input.eventTypes()), input.enabled()),
                WebhookEndpointView.Payload::of);
    }

    @MutationMapping
    WebhookEndpointView.SecretPayload webhookEndpointRotateSecret(@Argument String id, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, WebhookEndpointView.TYPE);
        return Mutations.run(null, () -> webhooks.rotateSecret(actor, localId), WebhookEndpointView.SecretPayload::of);
    }

    @MutationMapping
    WebhookEndpointView.ReplayPayload webhookDeliveriesReplay(@Argument String endpointId, @Argument Instant from,
                                                              @Argument Instant to, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(endpointId, WebhookEndpointView.TYPE);
        return Mutations.run(null, () -> webhooks.replayFailed(actor, localId, from, to),
                WebhookEndpointView.ReplayPayload::new);
    }

    @Override
    public String type() {
        return WebhookEndpointView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(webhooks.findAll(actor, localIds), WebhookEndpoint::id, WebhookEndpointView::of);
    }

    /** A school's or a company's global id; anything else is reported like a missing organisation. */
    private static Tenant organisation(String globalId) {
        return GlobalIds.decode(globalId).map(id -> switch (id.type()) {
            case "School" -> Tenant.school(id.localId());
            case "Company" -> Tenant.company(id.localId());
            default -> null;
        }).orElseThrow(() -> new NotFoundException("Organisation", String.valueOf(globalId)));
    }

    /** Bounded before it becomes a set: the use case refuses more types than exist. */
    private static Set<String> types(List<String> eventTypes) {
        if (eventTypes == null) {
            return null;
        }
        return new LinkedHashSet<>(eventTypes.subList(0, Math.min(eventTypes.size(), EVENT_TYPES.size() + 1)));
    }

    /** GraphQL {@code WebhookEndpointInput}. */
    record WebhookEndpointInput(String url, List<String> eventTypes) {
    }

    /** GraphQL {@code WebhookEndpointUpdateInput}. */
    record WebhookEndpointUpdateInput(String url, List<String> eventTypes, Boolean enabled) {
    }
}
