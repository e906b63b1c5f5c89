package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.company.graphql.CompanyView;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.ParticipationExemption;
import fr.passerelle.enrollment.port.in.FundingUseCases;
import fr.passerelle.membership.model.Actor;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** An enrollment's funding over GraphQL: thin translation to the use cases, which decide who may. */
@Controller
class FundingController {

    private static final Set<String> ARGUMENTS = Set.of("enrollmentId", "source", "funderReference",
            ExpectedVersion.ARGUMENT);

    private final FundingUseCases fundings;

    FundingController(FundingUseCases fundings) {
        this.fundings = fundings;
    }

    /** {@code EnrollmentFundingPlanInput}. */
    record PlanInput(List<ParticipationExemption> exemptions, InstalmentOption instalments, String companyId) {

        FundingUseCases.PlanCommand command() {
            List<ParticipationExemption> given = exemptions == null ? List.of() : exemptions;
            if (given.size() > ParticipationExemption.values().length) {
                throw new InvalidArgumentException("exemptions lists each exemption at most once");
            }
            Set<ParticipationExemption> set = given.isEmpty() ? Set.of() : EnumSet.copyOf(given);
            return new FundingUseCases.PlanCommand(set, instalments,
                    companyId == null ? null : GlobalIds.localId(companyId, CompanyView.TYPE));
        }
    }

    /** {@code EnrollmentFundingLineInput}. */
    record LineInput(FundingSource source, MoneyInput amount, String funderReference, String accountId) {

        FundingUseCases.LineCommand command() {
            return new FundingUseCases.LineCommand(source, MoneyInput.toMoney(amount), funderReference, accountId);
        }
    }

    /** Every {@code EnrollmentFunding…Payload}. */
    record FundingPayload(List<UserErrorView> userErrors, FundingView funding) {
    }

    /** Each enrollment's funding in one read, whatever the number of enrollments. */
    @BatchMapping(typeName = EnrollmentView.TYPE, field = "funding")
    Map<EnrollmentView, FundingView> funding(List<EnrollmentView> of, @ContextValue Actor actor) {
        Map<String, FundingView> found = fundings.ofEnrollments(actor, of.stream().map(EnrollmentView::enrollment)
                .toList()).values().stream().collect(Collectors.toMap(Funding::id, FundingView::of));
        return Batches.byParent(of, EnrollmentView::localId, found);
    }

    @MutationMapping
    FundingPayload enrollmentFundingPlan(@Argument String enrollmentId, @Argument PlanInput input,
                                         @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = local(enrollmentId);
        return run("input", () -> fundings.plan(actor, local, input.command(), expectedVersion));
    }

    @MutationMapping
    FundingPayload enrollmentFundingLineSet(@Argument String enrollmentId, @Argument LineInput input,
                                            @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = local(enrollmentId);
        return run("input", () -> fundings.setLine(actor, local, input.command(), expectedVersion));
    }

    @MutationMapping
    FundingPayload enrollmentFundingLineRemove(@Argument String enrollmentId, @Argument FundingSource source,
                                               @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = local(enrollmentId);
        return run(null, () -> fundings.removeLine(actor, local, source, expectedVersion));
    }

    @MutationMapping
    FundingPayload enrollmentFundingRequest(@Argument String enrollmentId, @Argument Long expectedVersion,
                                            @ContextValue Actor actor) {
        String local = local(enrollmentId);
        return run(null, () -> fundings.request(actor, local, expectedVersion));
    }

    @MutationMapping
    FundingPayload enrollmentFundingAccountValidate(@Argument String enrollmentId, @Argument Long expectedVersion,
                                                    @ContextValue Actor actor) {
        String local = local(enrollmentId);
        return run(null, () -> fundings.validateAccount(actor, local, expectedVersion));
    }

    @MutationMapping
    FundingPayload enrollmentFundingLineConfirm(@Argument String enrollmentId, @Argument FundingSource source,
                                                @Argument String funderReference, @Argument Long expectedVersion,
                                                @ContextValue Actor actor) {
        String local = local(enrollmentId);
        return run(null, () -> fundings.confirmLine(actor, local, source, funderReference, expectedVersion));
    }

    private static String local(String enrollmentId) {
        return GlobalIds.localId(enrollmentId, EnrollmentView.TYPE);
    }

    private static FundingPayload run(String root, Supplier<Funding> useCase) {
        return Mutations.run(root, ARGUMENTS, useCase, (errors, funding) -> new FundingPayload(errors,
                funding == null ? null : FundingView.of(funding)));
    }
}
