package fr.passerelle.api.graphql.guard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.ApiTest;
import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The screens the client teams build (GraphQL documents in {@code src/test/resources/screens}) pass the guards as
 * shipped, with headroom, and come back without a single error for the persona who opens them; the abuse the guards
 * exist for is still refused. When a screen grows past its headroom, this test says so before a client does.
 */
class ScreenDocumentsTest extends ApiTest {

    /** A screen: its document, who opens it, with which variables. */
    record Screen(String file, String persona, Map<String, Object> variables) {

        String document() {
            try (InputStream in = new ClassPathResource("screens/" + file).getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return file + " as " + persona;
        }
    }

    static Stream<Screen> screens() {
        return Stream.of(
                new Screen("learner-home.graphql", "learner", Map.of()),
                new Screen("school-dashboard.graphql", "school-admin-b", Map.of()),
                new Screen("recruiter-dashboard.graphql", "recruiter-x", Map.of()),
                new Screen("offers-with-applications.graphql", "recruiter-x", Map.of("companyId", COMPANY_X)),
                new Screen("agreement-page.graphql", "school-admin-b",
                        Map.of("id", globalId("InternshipAgreement", "demo-agreement-lea-garage-martin"))),
                new Screen("advisor-vetting-queue.graphql", "advisor", Map.of()),
                new Screen("partner-roster-sync.graphql", "school-admin-b", Map.of("schoolId", SCHOOL_B)));
    }

    @Autowired
    private GraphQlSource graphQl;
    @Autowired
    private GuardSettings limits;

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyScreenIsServedWithoutAnError(Screen screen) {
        var reply = api.query(screen.persona(), screen.document(), screen.variables());
        assertThat(reply.<Object>find("$.errors")).as(reply.toString()).isNull();
        assertThat(reply.<Object>find("$.data")).as(reply.toString()).isNotNull();
    }

    /**
     * Headroom: every screen stays within two thirds of the cost and node limits and three levels under the depth
     * limit, so a screen may grow before its client hits a limit.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyScreenLeavesHeadroomUnderEachLimit(Screen screen) {
        var measure = measure(screen.document(), screen.variables());
        assertThat(measure.depth()).as("depth of " + screen).isLessThanOrEqualTo(limits.maxDepth() - 3);
        assertThat(measure.cost()).as("cost of " + screen).isLessThanOrEqualTo(limits.maxCost() * 2L / 3);
        assertThat(measure.nodes()).as("nodes of " + screen).isLessThanOrEqualTo(limits.maxNodes() * 2L / 3);
    }

    @Test
    void aConnectionHopCountsOnceInDepth() {
        // viewer(1) memberships(2) school(3) learners(4) applications(5) offer(6) title(7): edges and node are free.
        var measure = measure("{ viewer { memberships { school { learners(first: 2) { edges { node {"
                + " applications(first: 3) { edges { node { offer { title } } } } } } } } } } }", Map.of());
        assertThat(measure.depth()).isEqualTo(7);
        assertThat(measure.nodes()).as("2 learners + 2 × 3 applications").isEqualTo(8);
    }

    @Test
    void deeplyNestedCyclesAreRefused() {
        String cycle = "school { members(first: 1) { edges { node { ".repeat(12);
        String document = "{ viewer { memberships { " + cycle + "id" + " } } } }".repeat(12) + " } } }";
        var reply = api.query("school-admin-a", document);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.errorMessage()).contains("depth");
    }

    @Test
    void aThousandAliasesAreRefused() {
        String aliases = IntStream.range(0, 1_000).mapToObj(i -> "a" + i + ": viewer { subject }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        var reply = api.query("advisor", aliases);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void hugePagesNestedAreRefusedByTheNodeLimit() {
        var reply = api.query("advisor", "{ schools(first: 100) { edges { node { members(first: 100) { edges { node {"
                + " id } } } } } } }");
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.errorMessage()).contains("node count 10100");
    }

    @Test
    void aFragmentBombIsRefused() {
        // Each fragment spreads the next one five times: 5^20 expansions if anything walked them naively.
        var document = new StringBuilder("query { viewer { ...F0 } }");
        for (int i = 0; i < 20; i++) {
            document.append(" fragment F").append(i).append(" on Viewer { ")
                    .append(("...F" + (i + 1) + " ").repeat(5)).append("}");
        }
        document.append(" fragment F20 on Viewer { subject }");
        var reply = api.query("advisor", document.toString());
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void theFullIntrospectionQueryWorksInDevWhateverTheLimits() {
        var measureWithoutExemption = OperationMeasure.of(graphQl.schema(),
                Parser.parse(IntrospectionQuery.INTROSPECTION_QUERY), null, CoercedVariables.emptyVariables(), false);
        assertThat(measureWithoutExemption.depth()).as("GraphiQL's query is deeper than the limit")
                .isGreaterThan(limits.maxDepth());
        var reply = api.query("learner", IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(reply.<Object>find("$.errors")).as(reply.toString()).isNull();
        assertThat(reply.<Object>find("$.data.__schema.queryType.name")).isEqualTo("Query");
    }

    private OperationMeasure measure(String document, Map<String, Object> variables) {
        return OperationMeasure.of(graphQl.schema(), Parser.parse(document), null,
                CoercedVariables.of(new HashMap<>(variables)), true);
    }
}
