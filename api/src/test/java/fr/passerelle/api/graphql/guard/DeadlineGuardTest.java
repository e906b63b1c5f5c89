package fr.passerelle.api.graphql.guard;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The time budget stops further work but never hides a write that happened: a mutation field that ran has its
 * payload resolved even once the budget is spent, while the next top-level field does not start. Time is a clock
 * the fetchers move on, so nothing sleeps.
 */
class DeadlineGuardTest {

    private static final String SCHEMA = """
            type Query { read: Payload, other: String, plain: Plain }
            type Mutation { write: Payload }
            type Payload { done: String, nested: Nested }
            type Nested { value: String }
            type Plain { value: String }
            """;
    private static final Duration BUDGET = Duration.ofSeconds(5);

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void aMutationThatRanPastTheBudgetStillAnswersItsPayload() {
        ExecutionResult result = execute("mutation { first: write { done nested { value } } second: write { done } }");

        Map<String, Object> data = result.getData();
        assertThat(data.get("first")).isEqualTo(Map.of("done", "yes", "nested", Map.of("value", "deep")));
        assertThat(data.get("second")).as("the next write does not start once the budget is spent").isNull();
        assertThat(writes).hasValue(1);
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getPath()).isEqualTo(List.of("second"));
            assertThat(error.getMessage()).contains("time budget");
        });
    }

    @Test
    void aQueryStopsAtTheBudget() {
        ExecutionResult result = execute("{ read { done } }");

        assertThat(result.<Map<String, Map<String, Object>>>getData().get("read")).containsEntry("done", null);
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getPath()).isEqualTo(List.of("read", "done")));
    }

    @Test
    void fieldsReadFromTheirParentStillAnswerOnceTheParentIsFetched() {
        ExecutionResult result = execute("{ plain { value } }");

        assertThat(result.<Map<String, Map<String, Object>>>getData().get("plain")).containsEntry("value", "read");
        assertThat(result.getErrors()).as("a property of a fetched object costs no budget").isEmpty();
    }

    @Test
    void introspectionIsNotCutOff() {
        ExecutionResult result = execute("{ read { done } __schema { types { name fields { name } } } }");

        assertThat(result.<Map<String, Map<String, List<?>>>>getData().get("__schema").get("types")).isNotEmpty();
        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getPath()).as("data fields still are").isEqualTo(List.of("read", "done")));
    }

    private ExecutionResult execute(String document) {
        DataFetcher<Object> slowWrite = env -> {
            writes.incrementAndGet();
            now.addAndGet(BUDGET.toNanos() * 2); // the write itself outlasts the budget
            return Map.of();
        };
        DataFetcher<Object> slowRead = env -> {
            now.addAndGet(BUDGET.toNanos() * 2);
            return Map.of();
        };
        DataFetcher<Object> slowPlain = env -> {
            now.addAndGet(BUDGET.toNanos() * 2);
            return Map.of("value", "read");
        };
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("read", slowRead).dataFetcher("other", env -> "other")
                        .dataFetcher("plain", slowPlain))
                .type("Mutation", type -> type.dataFetcher("write", slowWrite))
                .type("Payload", type -> type.dataFetcher("done", env -> "yes").dataFetcher("nested", env -> Map.of()))
                .type("Nested", type -> type.dataFetcher("value", env -> "deep"))
                .build();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new DeadlineGuard(BUDGET, now::get)).build().execute(document);
    }
}
