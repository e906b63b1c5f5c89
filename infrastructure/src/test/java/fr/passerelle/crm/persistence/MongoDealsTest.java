package fr.passerelle.crm.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DealBoard;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The deal and task adapters on the embedded store: the board's totals and first pages in one aggregation (a
 * {@code $facet} per column), restricted to one school's pipeline; a deal's next task; one's open tasks by due time.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoDealsTest {

    private final Pipeline pipeline = DefaultPipeline.of("school-a", T0);
    private final Pipeline otherSchools = DefaultPipeline.of("school-b", T0);

    @Autowired
    private Deals deals;

    @Autowired
    private Tasks tasks;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void empty() {
        TestDatabase.clear(mongo);
    }

    private Deal deal(String id, Pipeline in, String stageId, long euros, Instant at) {
        PipelineStage discovery = in.firstOpenStage();
        Deal open = Deal.open(id, in, discovery, new Deal.Details("contact-" + id, null, id, "owner",
                euros == 0 ? null : Money.euros(euros), null, null), "owner", null, at);
        Deal placed = stageId.equals(discovery.id()) ? open
                : open.moveTo(in.stage(stageId).orElseThrow(), "reason", "owner", null, at);
        return deals.insert(placed, Fixtures.event());
    }

    @Test
    void theBoardCountsAndSumsEveryColumnAndReadsTheFirstDealsOfEachInOneAggregation() {
        deal("d1", pipeline, DefaultPipeline.DISCOVERY, 890, T0.plusSeconds(3));
        deal("d2", pipeline, DefaultPipeline.DISCOVERY, 890, T0.plusSeconds(1));
        deal("d3", pipeline, DefaultPipeline.DISCOVERY, 0, T0.plusSeconds(2));
        deal("d4", pipeline, DefaultPipeline.AWAITING_FUNDING, 1490, T0);
        deal("d5", pipeline, DefaultPipeline.LOST, 1490, T0);
        deal("other", otherSchools, DefaultPipeline.DISCOVERY, 5000, T0);

        Deals.BoardSlice board = deals.board("school-a", pipeline.id(),
                pipeline.stages().stream().map(PipelineStage::id).toList(), 2);

        assertThat(board.totals()).containsOnlyKeys(DefaultPipeline.DISCOVERY, DefaultPipeline.AWAITING_FUNDING,
                DefaultPipeline.LOST);
        assertThat(board.totals().get(DefaultPipeline.DISCOVERY)).isEqualTo(new DealBoard.Totals(3, 178_000));
        assertThat(board.totals().get(DefaultPipeline.AWAITING_FUNDING)).isEqualTo(new DealBoard.Totals(1, 149_000));
        var discovery = board.firstPages().get(DefaultPipeline.DISCOVERY);
        assertThat(discovery.items()).extracting(Deal::id).containsExactly("d2", "d3");
        assertThat(discovery.hasNextPage()).isTrue();
        assertThat(board.firstPages().get(DefaultPipeline.CONFIRMED).items()).isEmpty();

        var rest = deals.pageInStage("school-a", pipeline.id(), DefaultPipeline.DISCOVERY,
                Paging.first(2, discovery.keys().get(1)));
        assertThat(rest.items()).extracting(Deal::id).containsExactly("d1");
        assertThat(deals.countInStage("school-a", pipeline.id(), DefaultPipeline.DISCOVERY)).isEqualTo(3);
        assertThat(deals.countInStage("school-b", pipeline.id(), DefaultPipeline.DISCOVERY)).isZero();
    }

    @Test
    void aDealsNextTaskIsItsOpenTaskDueFirstAndOnesTasksComeByDueTime() {
        task("t1", "d1", T0.plusSeconds(300), false);
        task("t2", "d1", T0.plusSeconds(100), true);
        task("t3", "d1", T0.plusSeconds(200), false);
        task("t4", "d2", T0.plusSeconds(50), true);

        assertThat(tasks.nextOpenByDeal(List.of("d1", "d2", "d3"))).containsOnlyKeys("d1")
                .extractingByKey("d1").extracting(Task::id).isEqualTo("t3");
        assertThat(tasks.pageOpenOfOwner("owner", Set.of("school-a"), null, T0.plusSeconds(250),
                Paging.first(10, null)).items()).extracting(Task::id).containsExactly("t3");
        assertThat(tasks.pageOpenOfOwner("owner", Set.of("school-a"), T0.plusSeconds(250), null,
                Paging.first(10, null)).items()).extracting(Task::id).containsExactly("t1");
        assertThat(tasks.pageOpenOfOwner("owner", Set.of("school-b"), null, null, Paging.first(10, null)).items())
                .isEmpty();
    }

    @Test
    void dealsAndTasksKeepTheirMergeTrailAndAreFoundByIt() {
        Deal deal = deal("d1", pipeline, pipeline.firstOpenStage().id(), 100, T0);
        Deal atB = deals.update(deal.movedTo("contact-b"), Fixtures.event());
        deals.update(atB.movedTo("contact-c"), Fixtures.event());
        task("t1", null, T0, false);
        Task task = tasks.findById("t1").orElseThrow();
        tasks.update(task.movedTo("contact-b"), Fixtures.event());

        assertThat(deals.findById("d1").orElseThrow().mergedFrom()).containsExactly("contact-d1", "contact-b");
        assertThat(deals.findMergedFrom("school-a", "contact-c", "contact-d1", null, 10)).extracting(Deal::id)
                .containsExactly("d1");
        assertThat(deals.findMergedFrom("school-a", "contact-c", "contact-d1", "d1", 10)).isEmpty();
        assertThat(deals.findByContact("school-a", "contact-c", 10)).extracting(Deal::id).containsExactly("d1");
        assertThat(tasks.findMergedFrom("school-a", "contact-b", "contact-1", null, 10)).singleElement()
                .satisfies(found -> assertThat(found.mergedFrom()).containsExactly("contact-1"));
    }

    @Test
    void aTaskKeepsTheDueTimeItWasRecordedOverdueFor() {
        task("t1", null, T0, false);
        Task task = tasks.findById("t1").orElseThrow();
        tasks.update(task.passedDue(T0.plusSeconds(60)), Fixtures.event());

        Task read = tasks.findById("t1").orElseThrow();
        assertThat(read.overdueFor()).isEqualTo(T0);
        assertThat(read.passedDue(T0.plusSeconds(120))).as("recorded: once per due time").isSameAs(read);
    }

    private void task(String id, String dealId, Instant due, boolean done) {
        Task task = Task.open(id, "school-a", new Task.Details("Call", due, "owner", "contact-1", dealId), "owner",
                null, T0);
        tasks.insert(done ? task.done("owner", T0) : task, Fixtures.event());
    }
}
