package fr.passerelle.partner.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.partner.port.in.PartnerClientUseCases;
import fr.passerelle.school.graphql.SchoolView;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Partner clients over GraphQL: thin translation to {@link PartnerClientUseCases}, which decides who may. */
@Controller
class PartnerClientController implements NodeLoader {

    record RegisterInput(String name, List<PartnerScope> scopes) {

        Set<PartnerScope> scopeSet() {
            return scopes == null || scopes.isEmpty() ? Set.of() : EnumSet.copyOf(scopes);
        }
    }

    record RotateInput(int overlapSeconds) {
    }

    private final PartnerClientUseCases clients;

    PartnerClientController(PartnerClientUseCases clients) {
        this.clients = clients;
    }

    @BatchMapping(typeName = "School")
    Map<SchoolView, List<PartnerClientView>> partnerClients(List<SchoolView> schools, @ContextValue Actor actor) {
        Map<Tenant, List<PartnerClient>> byOrganisation = clients.ofOrganisations(actor,
                schools.stream().map(school -> Tenant.school(school.localId())).toList());
        // Every school gets a list (the field is non-null): empty for those the actor does not manage.
        Map<SchoolView, List<PartnerClientView>> result = new HashMap<>();
        schools.forEach(school -> result.put(school, byOrganisation
                .getOrDefault(Tenant.school(school.localId()), List.of()).stream().map(PartnerClientView::of)
                .toList()));
        return result;
    }

    @MutationMapping
    PartnerClientPayload partnerClientRegister(@Argument String organisationId, @Argument RegisterInput input,
                                               @ContextValue Actor actor) {
        Tenant organisation = Tenant.school(GlobalIds.localId(organisationId, SchoolView.TYPE));
        return Mutations.run(() -> clients.register(actor, organisation, input.name(), input.scopeSet()),
                PartnerClientPayload::issued);
    }

    @MutationMapping
    PartnerClientPayload partnerClientSecretRotate(@Argument String id, @Argument RotateInput input,
                                                   @Argument Long expectedVersion, @ContextValue Actor actor) {
        String localId = localId(id);
        return Mutations.run(null, () -> clients.rotateSecret(actor, localId,
                Duration.ofSeconds(input.overlapSeconds()), expectedVersion), PartnerClientPayload::issued);
    }

    @MutationMapping
    PartnerClientPayload partnerClientSuspend(@Argument String id, @Argument Long expectedVersion,
                                              @ContextValue Actor actor) {
        String localId = localId(id);
        return Mutations.run(null, () -> clients.suspend(actor, localId, expectedVersion), PartnerClientPayload::of);
    }

    @MutationMapping
    PartnerClientPayload partnerClientReactivate(@Argument String id, @Argument Long expectedVersion,
                                                 @ContextValue Actor actor) {
        String localId = localId(id);
        return Mutations.run(null, () -> clients.reactivate(actor, localId, expectedVersion),
                PartnerClientPayload::of);
    }

    @Override
    public String type() {
        return PartnerClientView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(clients.findAll(actor, localIds), PartnerClientView::of);
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, PartnerClientView.TYPE);
    }
}
