package fr.passerelle.school.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.membership.graphql.MemberInviteInput;
import fr.passerelle.membership.graphql.MembershipPayload;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolInputs.ChangeTierInput;
import fr.passerelle.school.graphql.SchoolInputs.FilterInput;
import fr.passerelle.school.graphql.SchoolInputs.OrderByInput;
import fr.passerelle.school.graphql.SchoolInputs.ProfileInput;
import fr.passerelle.school.graphql.SchoolInputs.ProgramInput;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.port.in.SchoolUseCases;
import graphql.relay.Connection;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Schools over GraphQL: thin translation to {@link SchoolUseCases}, which decides who may do what. */
@Controller
class SchoolController implements NodeLoader {

    private final SchoolUseCases schools;

    SchoolController(SchoolUseCases schools) {
        this.schools = schools;
    }

    @QueryMapping
    Connection<SchoolView> schools(@Arguments PageArguments page, @Argument FilterInput filter,
                                   @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = orderBy != null ? orderBy : OrderByInput.DEFAULT;
        var connection = page.orderedBy(order);
        return connection.connection(
                schools.search(actor, FilterInput.toFilter(filter), order.sort(), connection.paging()),
                SchoolView::of);
    }

    @QueryMapping
    List<PartnershipTermsView> partnershipTiers() {
        return Arrays.stream(PartnershipTier.values()).map(PartnershipTermsView::of).toList();
    }


    /** Any signed-in user reads any school's card; an id of another type is no school (null). */
    @QueryMapping
    SchoolCardView schoolCard(@Argument String id, @ContextValue Actor actor) {
        return GlobalIds.decode(id).filter(global -> global.type().equals(SchoolView.TYPE))
                .flatMap(global -> schools.cards(actor, List.of(global.localId())).stream().findFirst())
                .map(SchoolCardView::of).orElse(null);
    }

    @MutationMapping
    SchoolPayload schoolRegister(@Argument ProfileInput input, @ContextValue Actor actor) {
        return Mutations.run(() -> schools.register(actor, input.command()), SchoolPayload::of);
    }

    @MutationMapping
    SchoolPayload schoolUpdateProfile(@Argument String id, @Argument ProfileInput input, @Argument Long expectedVersion,
                                      @ContextValue Actor actor) {
        String schoolId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return Mutations.run("input", version.outsideInput(),
                () -> schools.updateProfile(actor, schoolId, input.command(), version.value()), SchoolPayload::of);
    }

    @MutationMapping
    SchoolPayload schoolChangeTier(@Argument String id, @Argument ChangeTierInput input, @Argument Long expectedVersion,
                                   @ContextValue Actor actor) {
        String schoolId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return Mutations.run("input", version.outsideInput(),
                () -> schools.changeTier(actor, schoolId, input.tier(), version.value()), SchoolPayload::of);
    }

    @MutationMapping
    SchoolPayload schoolProgramAdd(@Argument String id, @Argument ProgramInput input, @ContextValue Actor actor) {
        String schoolId = localId(id);
        return Mutations.run(() -> schools.addProgram(actor, schoolId, input.program()), SchoolPayload::of);
    }

    @MutationMapping
    SchoolPayload schoolProgramRemove(@Argument String id, @Argument String code, @ContextValue Actor actor) {
        String schoolId = localId(id);
        return Mutations.run(null, () -> schools.removeProgram(actor, schoolId, code), SchoolPayload::of);
    }

    @MutationMapping
    MembershipPayload schoolMemberInvite(@Argument String id, @Argument MemberInviteInput input,
                                         @ContextValue Actor actor) {
        String schoolId = localId(id);
        return Mutations.run(() -> schools.inviteMember(actor, schoolId, input.command()), MembershipPayload::of);
    }

    @Override
    public String type() {
        return SchoolView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(schools.findAll(actor, localIds), SchoolView::of);
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, SchoolView.TYPE);
    }
}
