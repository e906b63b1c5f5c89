package fr.passerelle.job.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code passerelle.jobs.*}: defaults for everything, and the backoff they give. */
class JobSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(JobConfiguration.class);

    @Test
    void everySettingHasADefault() {
        context.run(ctx -> {
            JobSettings settings = ctx.getBean(JobSettings.class);
            assertThat(settings.enabled()).isTrue();
            assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(500));
            assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(2));
            assertThat(settings.maxAttempts()).isEqualTo(8);
            assertThat(settings.firstRetryDelay()).isEqualTo(Duration.ofSeconds(2));
            assertThat(settings.maxRetryDelay()).isEqualTo(Duration.ofMinutes(30));
            assertThat(settings.retention()).isEqualTo(Duration.ofDays(7));
            assertThat(settings.instanceId()).startsWith("instance-");
        });
    }

    @Test
    void instancesLeftUnnamedGetDistinctIds() {
        JobSettings one = new JobSettings(null, null, null, null, null, null, null, null);
        JobSettings other = new JobSettings(null, null, null, null, null, null, null, null);

        assertThat(one.instanceId()).isNotEqualTo(other.instanceId());
    }

    @Test
    void settingsBindFromProperties() {
        context.withPropertyValues("passerelle.jobs.enabled=false", "passerelle.jobs.poll-interval=50ms",
                "passerelle.jobs.lease=45s", "passerelle.jobs.max-attempts=3",
                "passerelle.jobs.first-retry-delay=1s", "passerelle.jobs.max-retry-delay=1m",
                "passerelle.jobs.retention=1d", "passerelle.jobs.instance-id=api-1").run(ctx -> {
                    JobSettings settings = ctx.getBean(JobSettings.class);
                    assertThat(settings).isEqualTo(new JobSettings(false, Duration.ofMillis(50),
                            Duration.ofSeconds(45), 3, Duration.ofSeconds(1), Duration.ofMinutes(1),
                            Duration.ofDays(1), "api-1"));
                });
    }

    @Test
    void retryDelayDoublesAfterEachFailureUpToTheCeiling() {
        JobSettings settings = new JobSettings(null, null, null, null, Duration.ofSeconds(2), Duration.ofMinutes(30),
                null, "i");

        assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.retryDelay(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.retryDelay(10)).isEqualTo(Duration.ofSeconds(1024));
        assertThat(settings.retryDelay(11)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.retryDelay(1_000)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.retryDelay(0)).isEqualTo(Duration.ofSeconds(2));
    }
}
