package fr.passerelle.crm.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.membership.model.Actor;
import graphql.GraphQLContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/** A page of deals asking both {@code nextTask} and {@code needsNextAction} costs one aggregation of tasks, not two. */
class DealNextTasksTest {

    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

    @Test
    void bothFieldsOfAPageReadOneAggregation() {
        List<Collection<String>> calls = new ArrayList<>();
        Task next = Task.open("task-1", "school-1", new Task.Details("Rappeler", NOW.plusSeconds(3600), "advisor-1",
                null, "deal-1"), "advisor-1", null, NOW);
        TaskUseCases tasks = (TaskUseCases) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TaskUseCases.class}, (proxy, method, arguments) -> {
                    assertThat(method.getName()).isEqualTo("nextOfDeals");
                    calls.add(List.copyOf((Collection<?>) arguments[1]).stream().map(String::valueOf).toList());
                    return Map.of("deal-1", next);
                });
        var batchLoaders = new DefaultBatchLoaderRegistry();
        var controller = new DealController(null, tasks, null, batchLoaders, Clock.fixed(NOW, ZoneOffset.UTC));
        DataLoaderRegistry loaders = DataLoaderRegistry.newRegistry().build();
        batchLoaders.registerDataLoaders(loaders, GraphQLContext.newContext().build());
        DataLoader<DealController.NextTaskKey, Task> loader = loaders.getDataLoader(DealController.NEXT_TASKS);
        Actor actor = new Actor("advisor-1", null, null, Set.of(), List.of());

        List<CompletableFuture<?>> answers = new ArrayList<>();
        for (DealView deal : List.of(deal("deal-1"), deal("deal-2"))) {
            answers.add(controller.nextTask(deal, actor, loader));
            answers.add(controller.needsNextAction(deal, actor, loader));
        }
        loader.dispatchAndJoin();

        assertThat(calls).singleElement().satisfies(ids -> assertThat(ids)
                .containsExactlyInAnyOrder("deal-1", "deal-2"));
        List<Object> values = answers.stream().<Object>map(CompletableFuture::join).toList();
        assertThat(((CrmTaskView) values.get(0)).title()).isEqualTo("Rappeler");
        assertThat(values.subList(1, 4)).containsExactly(false, null, true);
    }

    private static DealView deal(String id) {
        return new DealView(id, null, null, null, null, null, null, null, null, 0, null, null, null, false, null,
                List.of(), null, null, null, 0, id, true, null);
    }
}
