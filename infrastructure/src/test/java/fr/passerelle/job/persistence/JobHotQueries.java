package fr.passerelle.job.persistence;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** The job runner's hot queries, for the index proof's registry: its adapters are package-private. */
public final class JobHotQueries {

    private JobHotQueries() {
    }

    /** One claim of the most overdue runnable job, as each runner thread sends it when idle. */
    public static void claim(ApplicationContext context) {
        context.getBean(JobQueue.class).claim("index-proof", Duration.ofMinutes(1));
    }

    /** One pass of the outbox relay over every aggregate collection. */
    public static void relay(ApplicationContext context) {
        context.getBean(OutboxRelay.class).drain();
    }
}
