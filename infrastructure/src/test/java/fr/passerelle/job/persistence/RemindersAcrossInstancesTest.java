package fr.passerelle.job.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Reminders are stored jobs, not timers: those that fell due while every instance was down fire after the restart,
 * each exactly once, although two instances now share the database and both run jobs. The instances are whole
 * applications connected through {@code passerelle.mongodb.uri}, as in production (durable write and read concerns
 * included), to one standalone MongoDB-wire server.
 */
class RemindersAcrossInstancesTest {

    private static final String KIND = "test-downtime";

    private MongoServer server;
    private String uri;
    private final Firings firings = new Firings();

    @BeforeEach
    void startDatabase() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/passerelle";
    }

    @AfterEach
    void stopDatabase() {
        server.shutdownNow();
    }

    @Test
    void remindersDueDuringDowntimeFireExactlyOnceAcrossTwoInstances() {
        Instant dueDuringDowntime = Instant.now().minus(Duration.ofHours(1));
        List<String> keys = IntStream.range(0, 30).mapToObj(i -> "downtime-%02d".formatted(i)).toList();
        try (ConfigurableApplicationContext beforeDowntime = instance("instance-before", false)) {
            keys.subList(0, 20).forEach(key -> beforeDowntime.getBean(Reminders.class)
                    .schedule(new Reminder(key, KIND, dueDuringDowntime, Map.of("key", key))));
        }

        try (ConfigurableApplicationContext a = instance("instance-a", true);
             ConfigurableApplicationContext b = instance("instance-b", true)) {
            // Scheduled once both run, already overdue (a reminder whose cause is old).
            keys.subList(20, 30).forEach(key -> b.getBean(Reminders.class)
                    .schedule(new Reminder(key, KIND, dueDuringDowntime, Map.of("key", key))));
            Jobs jobs = a.getBean(Jobs.class);

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> keys.stream()
                    .map(key -> jobs.findById("reminder/" + key).map(Job::status).orElse(null))
                    .allMatch(JobStatus.DONE::equals));
        }
        // Both instances are stopped, so no handler is still running: every count is final.

        assertThat(firings.countsByKey()).containsOnlyKeys(keys).allSatisfy((key, count) ->
                assertThat(count).as("firings of %s", key).isEqualTo(1));
        assertThat(firings.instances()).isSubsetOf("instance-a", "instance-b");
    }

    @Test
    void instanceConnectedThroughAUriUsesThatDatabase() {
        try (ConfigurableApplicationContext a = instance("instance-a", false);
             ConfigurableApplicationContext b = instance("instance-b", false)) {
            a.getBean(Reminders.class).schedule(new Reminder("shared", KIND, Instant.now(), Map.of()));

            assertThat(b.getBean(Jobs.class).findById("reminder/shared")).isPresent();
            assertThat(b.getBean(MongoDatabaseFactory.class).getMongoDatabase().getName()).isEqualTo("passerelle");
            assertThat(a.containsBean("embeddedMongoServer")).isFalse();
        }
    }

    private ConfigurableApplicationContext instance(String id, boolean runsJobs) {
        // As command-line arguments: they outrank the test application.yml, which turns the runner off.
        return new SpringApplicationBuilder(PersistenceTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("countingReminderHandler", new CountingHandler(id, firings)))
                .run("--passerelle.mongodb.uri=" + uri,
                        "--passerelle.jobs.enabled=" + runsJobs,
                        "--passerelle.jobs.poll-interval=20ms",
                        "--passerelle.jobs.instance-id=" + id);
    }

    /** Every firing of the test reminders, by key and by instance, across the instances of one test. */
    private static final class Firings {

        private final Map<String, Queue<String>> byKey = new ConcurrentHashMap<>();

        void record(String key, String instance) {
            byKey.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(instance);
        }

        Map<String, Integer> countsByKey() {
            return byKey.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
        }

        List<String> instances() {
            return byKey.values().stream().flatMap(Queue::stream).distinct().toList();
        }
    }

    private record CountingHandler(String instance, Firings firings) implements ReminderHandler {

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public void fire(Reminder reminder) {
            firings.record(reminder.key(), instance);
        }
    }
}
