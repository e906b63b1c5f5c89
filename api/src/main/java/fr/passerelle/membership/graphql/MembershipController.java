package fr.passerelle.membership.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.company.graphql.CompanyView;
import fr.passerelle.company.port.in.CompanyUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.school.port.in.SchoolUseCases;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The viewer, memberships, invitations, and the member lists of schools and companies. */
@Controller
class MembershipController implements NodeLoader {

    private static final String MEMBER_ORDER = "EMAIL";

    private final MembershipUseCases memberships;
    private final SchoolUseCases schools;
    private final CompanyUseCases companies;

    MembershipController(MembershipUseCases memberships, SchoolUseCases schools, CompanyUseCases companies) {
        this.memberships = memberships;
        this.schools = schools;
        this.companies = companies;
    }

    @QueryMapping
    ViewerView viewer(@ContextValue Actor actor) {
        return ViewerView.of(actor);
    }

    @SchemaMapping(typeName = "Viewer")
    List<MembershipView> invitations(ViewerView viewer, @ContextValue Actor actor) {
        return memberships.pendingInvitations(actor).stream().map(MembershipView::of).toList();
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "members")
    Connection<MembershipView> schoolMembers(SchoolView school, @Arguments PageArguments page,
                                             @ContextValue Actor actor) {
        return members(Tenant.school(school.localId()), page, actor);
    }

    @SchemaMapping(typeName = CompanyView.TYPE, field = "members")
    Connection<MembershipView> companyMembers(CompanyView company, @Arguments PageArguments page,
                                              @ContextValue Actor actor) {
        return members(Tenant.company(company.localId()), page, actor);
    }

    @MutationMapping
    MembershipPayload membershipAccept(@Argument String id, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, MembershipView.TYPE);
        return Mutations.run(null, () -> memberships.accept(actor, localId), MembershipPayload::of);
    }

    /** One read for the schools of a whole page of memberships; null where the actor may not see the school. */
    @BatchMapping(typeName = "Membership")
    Map<MembershipView, SchoolView> school(List<MembershipView> views, @ContextValue Actor actor) {
        var byId = schools.findAll(actor, tenantIds(views, TenantType.SCHOOL)).stream()
                .collect(Collectors.toMap(school -> school.id(), SchoolView::of));
        return byTenant(views, byId);
    }

    @BatchMapping(typeName = "Membership")
    Map<MembershipView, CompanyView> company(List<MembershipView> views, @ContextValue Actor actor) {
        var byId = companies.findAll(actor, tenantIds(views, TenantType.COMPANY)).stream()
                .collect(Collectors.toMap(company -> company.id(), CompanyView::of));
        return byTenant(views, byId);
    }

    @Override
    public String type() {
        return MembershipView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(memberships.findAll(actor, localIds), MembershipView::of);
    }

    private Connection<MembershipView> members(Tenant tenant, PageArguments page, Actor actor) {
        var connection = page.orderedBy(MEMBER_ORDER);
        return connection.connection(memberships.members(actor, tenant, connection.paging()), MembershipView::of);
    }

    private static List<String> tenantIds(List<MembershipView> views, TenantType type) {
        return views.stream().map(MembershipView::tenant).filter(t -> t.type() == type).map(Tenant::id)
                .distinct().toList();
    }

    private static <V> Map<MembershipView, V> byTenant(List<MembershipView> views, Map<String, V> byId) {
        Map<MembershipView, V> result = new HashMap<>();
        for (MembershipView view : views) {
            V value = byId.get(view.tenant().id());
            if (value != null) {
                result.put(view, value);
            }
        }
        return result;
    }
}
