package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRuleDraft;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.port.in.AutomationRuleUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Automation rules over GraphQL: thin translation to {@link AutomationRuleUseCases}, which decides who may. The rule
 * input binds straight to the domain's draft, which bounds and validates it.
 */
@Controller
class AutomationController implements NodeLoader {

    private static final String NEWEST_FIRST = "RAN_AT_DESC";

    private final AutomationRuleUseCases rules;

    AutomationController(AutomationRuleUseCases rules) {
        this.rules = rules;
    }

    @QueryMapping
    List<AutomationRuleView> automationRules(@Argument String schoolId, @ContextValue Actor actor) {
        return rules.ofSchool(actor, GlobalIds.localId(schoolId, SchoolView.TYPE)).stream()
                .map(AutomationRuleView::of).toList();
    }

    @QueryMapping
    Connection<AutomationRun> automationRuns(@Argument String ruleId, @Arguments PageArguments page,
                                             @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(rules.runs(actor, localId(ruleId), connection.paging()), run -> run);
    }

    @QueryMapping
    AutomationDryRunView automationRuleDryRun(@Argument String schoolId, @Argument AutomationRuleDraft input,
                                              @ContextValue Actor actor) {
        return AutomationDryRunView.of(rules.dryRun(actor, GlobalIds.localId(schoolId, SchoolView.TYPE), input));
    }

    @MutationMapping
    AutomationRuleView.Payload automationRuleCreate(@Argument String schoolId, @Argument AutomationRuleDraft input,
                                                    @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        return Mutations.run("input", Set.of("schoolId"), () -> rules.create(actor, school, input),
                AutomationRuleView.Payload::of);
    }

    @MutationMapping
    AutomationRuleView.Payload automationRuleUpdate(@Argument String id, @Argument AutomationRuleDraft input,
                                                    @Argument Long expectedVersion, @ContextValue Actor actor) {
        String rule = localId(id);
        return Mutations.run("input", Set.of("id", "expectedVersion"),
                () -> rules.update(actor, rule, input, expectedVersion), AutomationRuleView.Payload::of);
    }

    @MutationMapping
    AutomationRuleView.Payload automationRuleEnable(@Argument String id, @Argument Long expectedVersion,
                                                    @ContextValue Actor actor) {
        String rule = localId(id);
        return versioned(() -> rules.enable(actor, rule, expectedVersion));
    }

    @MutationMapping
    AutomationRuleView.Payload automationRuleDisable(@Argument String id, @Argument Long expectedVersion,
                                                     @ContextValue Actor actor) {
        String rule = localId(id);
        return versioned(() -> rules.disable(actor, rule, expectedVersion));
    }

    @MutationMapping
    AutomationRuleView.Payload automationRuleDelete(@Argument String id, @Argument Long expectedVersion,
                                                    @ContextValue Actor actor) {
        String rule = localId(id);
        return versioned(() -> rules.delete(actor, rule, expectedVersion));
    }

    @Override
    public String type() {
        return AutomationRuleView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(rules.findAll(actor, localIds), AutomationRule::id, AutomationRuleView::of);
    }

    private static AutomationRuleView.Payload versioned(Supplier<AutomationRule> change) {
        return Mutations.run(null, Set.of("id", "expectedVersion"), change, AutomationRuleView.Payload::of);
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, AutomationRuleView.TYPE);
    }
}
