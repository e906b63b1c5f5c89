package fr.passerelle.retention.graphql;

import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.retention.model.RetentionPolicy;
import fr.passerelle.retention.model.RetentionRun;
import fr.passerelle.retention.model.RetentionTrigger;
import fr.passerelle.retention.port.in.RetentionPolicyCommand;
import fr.passerelle.retention.port.in.RetentionUseCases;
import graphql.relay.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Retention policies and the job's reports, for platform admins. */
@Controller
class RetentionController {

    private static final String NEWEST_FIRST = "STARTED_AT_DESC";

    /** GraphQL {@code RetentionPolicy}. */
    record PolicyView(String dataClass, RetentionTrigger trigger, int activeMonths, int archiveMonths,
                      LegalBasis legalBasis, long version, Instant updatedAt) {

        static PolicyView of(RetentionPolicy policy) {
            return new PolicyView(policy.dataClass(), policy.trigger(), policy.activeMonths(), policy.archiveMonths(),
                    policy.basis(), policy.version(), policy.updatedAt());
        }
    }

    /** GraphQL {@code RetentionPolicyInput}. */
    record PolicyInput(RetentionTrigger trigger, Integer activeMonths, Integer archiveMonths, LegalBasis legalBasis) {
    }

    /** GraphQL {@code RetentionPolicyUpdatePayload}. */
    record UpdatePayload(List<UserErrorView> userErrors, PolicyView policy) {

        static UpdatePayload of(List<UserErrorView> userErrors, RetentionPolicy policy) {
            return new UpdatePayload(userErrors, policy == null ? null : PolicyView.of(policy));
        }
    }

    /** GraphQL {@code RetentionRunRequestPayload}. */
    record RunRequestPayload(List<UserErrorView> userErrors, String runId) {
    }

    private final RetentionUseCases retention;

    RetentionController(RetentionUseCases retention) {
        this.retention = retention;
    }

    @QueryMapping
    List<PolicyView> retentionPolicies(@ContextValue Actor actor) {
        return retention.policies(actor).stream().map(PolicyView::of).toList();
    }

    /** Runs' steps are few (policies × providers with something to expire), so a run is returned whole. */
    @QueryMapping
    Connection<RetentionRun> retentionRuns(@Arguments PageArguments page, @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(retention.runs(actor, connection.paging()), run -> run);
    }

    @MutationMapping
    UpdatePayload retentionPolicyUpdate(@Argument String dataClass, @Argument PolicyInput input,
                                        @Argument Long expectedVersion, @ContextValue Actor actor) {
        return Mutations.run("input", Set.of("expectedVersion"), () -> retention.update(actor, dataClass,
                new RetentionPolicyCommand(input.trigger(), input.activeMonths(), input.archiveMonths(),
                        input.legalBasis()), expectedVersion), UpdatePayload::of);
    }

    @MutationMapping
    RunRequestPayload retentionRunRequest(@ContextValue Actor actor) {
        return new RunRequestPayload(List.of(), retention.requestRun(actor));
    }
}
