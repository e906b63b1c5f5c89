package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each guard accepts a request at its limit and refuses one just over it, classified BAD_REQUEST, before any data
 * fetcher runs (the spied school use cases are never called). Limits are the defaults of application.yml.
 */
class GuardsTest extends ApiTest {

    @Test
    void depthTwelveIsServedDepthThirteenIsRefused() {
        var atLimit = api.query("advisor", nested(12));
        assertThat(atLimit.errorClassification()).as(atLimit.toString()).isNull();
        assertRefusedBeforeFetching(() -> api.query("advisor", nested(13)), "depth 13");
    }

    @Test
    void costCountsPageSizesAlongNestedConnections() {
        // Each member costs 21 (itself and 20 fields): 1 + 30 × (2 + (1 + 40 × 21)) = 25,261 > 25,000, while returning
        // at most 30 × 41 = 1,230 nodes.
        String fields = "id email role status invitedAt activatedAt school { id name kind website contactEmail"
                + " description createdAt updatedAt version partnership { tier annualFee benefits } }";
        var fits = api.query("advisor", nestedPages(29, 40, fields));
        assertThat(fits.errorClassification()).as(fits.toString()).isNull();
        assertRefusedBeforeFetching(() -> api.query("advisor", nestedPages(30, 40, fields)), "cost 25261");
    }

    @Test
    void nodeCountIsCappedEvenWhenTheCostFits() {
        // 50 × (1 + 40) = 2,050 nodes > 2,000; cost 1 + 50 × 123 = 6,151 fits.
        assertThat(api.query("advisor", nestedPages(48, 40, "id")).errorClassification()).isNull();
        assertRefusedBeforeFetching(() -> api.query("advisor", nestedPages(50, 40, "id")), "node count 2050");
    }

    @Test
    void nodesMultipliesByItsNumberOfIds() {
        // 100 ids × (1 + 20 members) = 2,100 nodes > 2,000 (cost 6,101 fits), though each id names one object.
        String ids = IntStream.range(0, 100).mapToObj(i -> "\"" + SCHOOL_A + "\"").collect(Collectors.joining(","));
        assertRefusedBeforeFetching(() -> api.query("advisor", "{ nodes(ids: [" + ids + "]) { ... on School { members(first: 20) { edges { node { id } } } } } }"),
                "node count 2100");
    }

    @Test
    void repeatsHiddenInFragmentsAreCounted() {
        String inline = "{ viewer { " + " ... { subject }".repeat(6) + " } }";
        assertRefusedBeforeFetching(() -> api.query("advisor", inline), "selected 6 times");
        String spreads = "query { viewer { " + "...me ".repeat(6) + "} } fragment me on Viewer { subject }";
        assertRefusedBeforeFetching(() -> api.query("advisor", spreads), "selected 6 times");
    }

    @Test
    void hugePageSizesCannotOverflowTheCost() {
        assertRefusedBeforeFetching(() -> api.query("advisor", nestedPages(2_147_483_647, 2_147_483_647, "id")), "cost");
    }

    @Test
    void aliasesAreBounded() {
        var atLimit = api.query("advisor", aliases(20));
        assertThat(atLimit.errorClassification()).as(atLimit.toString()).isNull();
        assertRefusedBeforeFetching(() -> api.query("advisor", aliases(21)), "21 aliases");
    }

    @Test
    void repeatingAFieldIsBounded() {
        assertThat(api.query("advisor", "{ schools { edges { node { id id id id id } } } }").errorClassification()).isNull();
        assertRefusedBeforeFetching(() -> api.query("advisor", "{ schools { edges { node { id id id id id id } } } }"),
                "selected 6 times");
    }

    @Test
    void batchedRequestsAreRefused() {
        var reply = api.postWithToken(api.token("advisor"), "[{\"query\":\"{ schools { edges { node { id } } } }\"}]");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorClassification()).isEqualTo("BAD_REQUEST");
        verifyNoInteractions(schoolUseCases);
    }

    @Test
    void oversizedBodiesAreRefused() {
        String padding = "#".repeat(64 * 1024);
        var reply = api.postWithToken(api.token("advisor"),
                "{\"query\":\"{ schools { edges { node { id } } } }\\n" + padding + "\"}");
        assertThat(reply.status()).isEqualTo(413);
        verifyNoInteractions(schoolUseCases);
    }

    @Test
    void overlyLongDocumentsAreRefusedByTheParser() {
        // 1,300 variable definitions of 4 tokens each: grammatical, but past the 5,000-token limit.
        String document = IntStream.range(0, 1_300).mapToObj(i -> "$v" + i + ": Int")
                .collect(Collectors.joining(" ", "query(", ") { schools { edges { node { id } } } }"));
        var reply = api.query("advisor", document);
        assertThat(reply.errorMessage()).as(reply.toString()).containsIgnoringCase("token");
        verifyNoInteractions(schoolUseCases);
    }

    @Test
    void aRequestRunningPastItsTimeBudgetIsCutOff() {
        doAnswer(slowly -> {
            Thread.sleep(6_000);
            return slowly.callRealMethod();
        }).when(schoolUseCases).search(any(), any(), any(), any());
        // What the slow field fetched is read from memory and answered; a field that would read more does not start.
        var reply = api.query("advisor", "{ schools(first: 1) { edges { node { id members(first: 1) { edges {"
                + " node { id } } } } } } }");
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("TIMEOUT");
        assertThat(reply.<List<Object>>read("$.errors[0].path")).as(reply.toString())
                .containsExactly("schools", "edges", 0, "node", "members");
        assertThat(reply.<Object>find("$.data.schools.edges[0].node.members")).as("nothing fetched after the budget")
                .isNull();
    }

    @Test
    void pageSizesAreBounded() {
        var reply = api.query("advisor", "{ schools(first: 101) { edges { node { id } } } }");
        assertThat(reply.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(reply.errorMessage()).contains("between 0 and 100");
    }

    @Test
    void searchTextIsBounded() {
        var reply = api.query("advisor", "query($text: String) { schools(filter: {nameContains: $text}) { edges { node { id } } } }",
                Map.of("text", "x".repeat(81)));
        assertThat(reply.errorClassification()).isEqualTo("BAD_REQUEST");
    }

    private void assertRefusedBeforeFetching(Supplier<GraphQlHttp.Reply> request, String reason) {
        clearInvocations(schoolUseCases);
        var reply = request.get();
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.errorMessage()).contains(reason);
        assertThat(reply.<Object>find("$.data")).isNull();
        verifyNoInteractions(schoolUseCases);
    }

    /**
     * schools(1) members(2) school(3) members(4) … then id: a connection's edges and node are one level with it.
     */
    private static String nested(int depth) {
        var document = new StringBuilder("{ schools(first: 1) { edges { node { ");
        var closing = new StringBuilder(" } } } }");
        for (int level = 2; level < depth; level++) {
            boolean members = level % 2 == 0;
            document.append(members ? "members(first: 1) { edges { node { " : "school { ");
            closing.insert(0, members ? " } } }" : " }");
        }
        return document.append("id").append(closing).toString();
    }

    private static String nestedPages(int schools, int members, String memberFields) {
        return "{ schools(first: " + schools + ") { edges { node { members(first: " + members + ") { edges { node { "
                + memberFields + " } } } } } } }";
    }

    private static String aliases(int count) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": viewer { subject }")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }
}
