package fr.passerelle.persistence.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The index proof's judgement of explain outputs, on samples of every shape MongoDB 8.0 answers with. */
class QueryPlanTest {

    private static QueryPlan sample(String name) throws IOException {
        try (InputStream json = QueryPlanTest.class.getResourceAsStream("/explain/" + name + ".json")) {
            return QueryPlan.of(Document.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aFetchOverAnIndexScanPasses() throws IOException {
        QueryPlan plan = sample("fetch-ixscan");

        assertThat(plan.stages()).containsExactly("LIMIT", "FETCH", "IXSCAN");
        assertThat(plan.docsExamined()).isEqualTo(23);
        assertThat(plan.returned()).isEqualTo(21);
        assertThat(plan.problems(2)).isEmpty();
    }

    @Test
    void examiningMoreThanTheBoundBeyondWhatIsReturnedFails() throws IOException {
        assertThat(sample("fetch-ixscan").problems(1))
                .containsExactly("examined 23 documents to return 21 (at most 1 more allowed)");
    }

    @Test
    void aCollectionScanFails() throws IOException {
        assertThat(sample("collscan").problems(10)).contains("a collection scan (COLLSCAN)",
                "no index access stage in [COLLSCAN]", "examined 2000 documents to return 3 (at most 10 more allowed)");
    }

    @Test
    void aSortMergeOfIndexScansIsNoInMemorySort() throws IOException {
        QueryPlan plan = sample("sort-merge");

        assertThat(plan.stages()).containsExactly("LIMIT", "FETCH", "SORT_MERGE", "IXSCAN", "FETCH", "IXSCAN");
        assertThat(plan.problems(1)).isEmpty();
    }

    @Test
    void aSortStageOverAnIndexScanFails() throws IOException {
        assertThat(sample("in-memory-sort").problems(1000))
                .containsExactly("an in-memory sort (SORT stage or a $sort stage after the query)");
    }

    @Test
    void anEofPlanProvesNothing() throws IOException {
        assertThat(sample("eof").problems(0)).contains(
                "an EOF plan: the collection is missing or the query can match nothing, which proves nothing");
    }

    @Test
    void aSlotBasedPlanIsReadFromItsQueryPlan() throws IOException {
        QueryPlan plan = sample("sbe-group");

        assertThat(plan.stages()).containsExactly("GROUP", "FETCH", "IXSCAN");
        assertThat(plan.problems(600)).isEmpty();
        assertThat(plan.problems(0)).containsExactly("examined 600 documents to return 50 (at most 0 more allowed)");
    }

    @Test
    void anAggregationIsJudgedOnItsCursorAndASortStageAfterItFails() throws IOException {
        QueryPlan plan = sample("aggregate-cursor-sort");

        assertThat(plan.stages()).containsExactly("FETCH", "IXSCAN");
        assertThat(plan.returned()).isEqualTo(120);
        assertThat(plan.pipelineSort()).isTrue();
        assertThat(plan.problems(0)).containsExactly("an in-memory sort (SORT stage or a $sort stage after the query)");
    }

    @Test
    void theExpressPathCountsAsAnIndexAccess() throws IOException {
        assertThat(sample("find-and-modify-express").problems(1)).isEmpty();
    }
}
