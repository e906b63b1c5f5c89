package fr.passerelle.company.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.company.graphql.CompanyInputs.FilterInput;
import fr.passerelle.company.graphql.CompanyInputs.OrderByInput;
import fr.passerelle.company.graphql.CompanyInputs.ProfileInput;
import fr.passerelle.company.graphql.CompanyInputs.SiteInput;
import fr.passerelle.company.port.in.CompanyUseCases;
import fr.passerelle.company.port.in.WorkforceCommand;
import fr.passerelle.membership.graphql.MemberInviteInput;
import fr.passerelle.membership.graphql.MembershipPayload;
import fr.passerelle.membership.model.Actor;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Companies over GraphQL: thin translation to {@link CompanyUseCases}, which decides who may do what. */
@Controller
class CompanyController implements NodeLoader {

    private final CompanyUseCases companies;

    CompanyController(CompanyUseCases companies) {
        this.companies = companies;
    }

    @QueryMapping
    Connection<CompanyView> companies(@Arguments PageArguments page, @Argument FilterInput filter,
                                      @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = orderBy != null ? orderBy : OrderByInput.DEFAULT;
        var connection = page.orderedBy(order);
        return connection.connection(
                companies.search(actor, FilterInput.toFilter(filter), order.sort(), connection.paging()),
                CompanyView::of);
    }


    /** A company's public card (see {@link CompanyUseCases#cards}); an id of another type is no company (null). */
    @QueryMapping
    CompanyCardView companyCard(@Argument String id, @ContextValue Actor actor) {
        return GlobalIds.decode(id).filter(global -> global.type().equals(CompanyView.TYPE))
                .flatMap(global -> companies.cards(actor, List.of(global.localId())).stream().findFirst())
                .map(CompanyCardView::of).orElse(null);
    }

    @MutationMapping
    CompanyPayload companyRegister(@Argument ProfileInput input, @ContextValue Actor actor) {
        return Mutations.run(() -> companies.register(actor, input.command()), CompanyPayload::of);
    }

    @MutationMapping
    CompanyPayload companyUpdateProfile(@Argument String id, @Argument ProfileInput input,
                                        @Argument Long expectedVersion, @ContextValue Actor actor) {
        String companyId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return Mutations.run("input", version.outsideInput(),
                () -> companies.updateProfile(actor, companyId, input.command(), version.value()), CompanyPayload::of);
    }

    @MutationMapping
    CompanyPayload companyWorkforceDeclare(@Argument String id, @Argument WorkforceCommand input,
                                           @Argument Long expectedVersion, @ContextValue Actor actor) {
        String companyId = localId(id);
        return Mutations.run("input", Set.of("expectedVersion"),
                () -> companies.declareWorkforce(actor, companyId, input, expectedVersion), CompanyPayload::of);
    }

    @MutationMapping
    CompanyPayload companySiteAdd(@Argument String id, @Argument SiteInput input, @ContextValue Actor actor) {
        String companyId = localId(id);
        return Mutations.run(() -> companies.addSite(actor, companyId, input.command()), CompanyPayload::of);
    }

    @MutationMapping
    MembershipPayload companyMemberInvite(@Argument String id, @Argument MemberInviteInput input,
                                          @ContextValue Actor actor) {
        String companyId = localId(id);
        return Mutations.run(() -> companies.inviteMember(actor, companyId, input.command()), MembershipPayload::of);
    }

    @MutationMapping
    CompanyPayload companyVerify(@Argument String id, @Argument long expectedVersion, @Argument String note,
                                 @ContextValue Actor actor) {
        String companyId = localId(id);
        return Mutations.run(null, () -> companies.verify(actor, companyId, expectedVersion, note), CompanyPayload::of);
    }

    @MutationMapping
    CompanyPayload companyReject(@Argument String id, @Argument long expectedVersion, @Argument String reason,
                                 @ContextValue Actor actor) {
        String companyId = localId(id);
        return Mutations.run(null, () -> companies.reject(actor, companyId, expectedVersion, reason),
                CompanyPayload::of);
    }

    @Override
    public String type() {
        return CompanyView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(companies.findAll(actor, localIds), CompanyView::of);
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, CompanyView.TYPE);
    }
}
