package fr.passerelle.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestBudgetsTest {

    private long now = 0;

    @Test
    void aClientSpendsItsBurstThenWaitsForTheRefill() {
        var budgets = new RequestBudgets(new RequestBudgetSettings(60, 3, 10), () -> now);

        for (int i = 0; i < 3; i++) {
            assertThat(budgets.take("a")).isEmpty();
        }
        assertThat(budgets.take("a")).as("one request a second: the next in a second").isEqualTo(OptionalLong.of(1));
        assertThat(budgets.take("b")).as("another client keeps its own budget").isEmpty();

        now += TimeUnit.SECONDS.toNanos(1);
        assertThat(budgets.take("a")).isEmpty();
        assertThat(budgets.take("a")).isPresent();
    }

    @Test
    void theRetryDelayIsRoundedUpToWholeSeconds() {
        var budgets = new RequestBudgets(new RequestBudgetSettings(1, 1, 10), () -> now);
        budgets.take("a");
        now += TimeUnit.SECONDS.toNanos(30);
        assertThat(budgets.take("a")).isEqualTo(OptionalLong.of(30));
    }

    @Test
    void aFloodOfDistinctClientsNeverGrowsPastTheBound() {
        var budgets = new RequestBudgets(new RequestBudgetSettings(60, 1, 100), () -> now);
        for (int i = 0; i < 10_000; i++) {
            budgets.take("address:10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(budgets.clientsRemembered()).isEqualTo(100);
    }

    @Test
    void noRateMeansNoBudget() {
        var budgets = new RequestBudgets(new RequestBudgetSettings(0, 1, 10), () -> now);
        for (int i = 0; i < 100; i++) {
            assertThat(budgets.take("a")).isEmpty();
        }
    }
}
