package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@link Jobs} port: what administrators see of the queue, and the replay of parked jobs. */
class MongoJobsTest extends JobsIntegrationTest {

    @Autowired
    private Jobs jobs;

    @Test
    void deliveryIsShownWithItsEventsTypeAndAggregate() {
        DomainEvent event = Fixtures.event("event-1", "school.tier_changed", "School", "school-1", 3,
                Fixtures.memberOf("school:school-1", "sub-ana"), T0);
        storeDelivery("event-1/audit", JobStatus.SCHEDULED, T0, events.toDocument(event));

        assertThat(jobs.findById("event-1/audit")).get().isEqualTo(new Job("event-1/audit", JobKind.EVENT_DELIVERY,
                "audit", JobStatus.SCHEDULED, T0, 0, null, "school.tier_changed", "School", "school-1", null, T0,
                null));
    }

    @Test
    void reminderIsShownWithItsKey() {
        storeJob("reminder/k", JobStatus.DONE, T0, T0.plusSeconds(1));

        assertThat(jobs.findById("reminder/k")).get().isEqualTo(new Job("reminder/k", JobKind.REMINDER, "test",
                JobStatus.DONE, T0, 1, null, null, null, null, "reminder/k", T0, T0.plusSeconds(1)));
        assertThat(jobs.findById("unknown")).isEmpty();
    }

    @Test
    void findAllByIdReturnsTheJobsThatExistAmongTheIds() {
        storeJob("reminder/a", JobStatus.SCHEDULED, T0, null);
        storeJob("reminder/b", JobStatus.DONE, T0, T0);
        storeJob("reminder/c", JobStatus.PARKED, T0, T0);

        assertThat(jobs.findAllById(List.of("reminder/c", "reminder/a", "unknown"))).extracting(Job::id)
                .containsExactlyInAnyOrder("reminder/a", "reminder/c");
        assertThat(jobs.findAllById(List.of())).isEmpty();
    }

    @Test
    void pageListsOneStatusByDueTimeThenIdInBothDirections() {
        storeJob("p-3", JobStatus.PARKED, T0.plusSeconds(2), T0);
        storeJob("p-1", JobStatus.PARKED, T0.plusSeconds(1), T0);
        storeJob("p-2", JobStatus.PARKED, T0.plusSeconds(1), T0);
        storeJob("p-0", JobStatus.PARKED, T0, T0);
        storeJob("d-0", JobStatus.DONE, T0.minusSeconds(1), T0);
        storeJob("s-0", JobStatus.SCHEDULED, T0.minusSeconds(1), null);

        Page<Job> first = jobs.page(JobStatus.PARKED, Paging.first(2, null));
        Page<Job> second = jobs.page(JobStatus.PARKED, Paging.first(2, first.keys().get(1)));
        Page<Job> beforeSecond = jobs.page(JobStatus.PARKED, Paging.last(2, second.keys().get(0)));

        assertThat(ids(first)).containsExactly("p-0", "p-1");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(ids(second)).containsExactly("p-2", "p-3");
        assertThat(second.hasNextPage()).isFalse();
        assertThat(second.hasPreviousPage()).isTrue();
        assertThat(ids(beforeSecond)).containsExactly("p-0", "p-1");
        assertThat(beforeSecond.hasPreviousPage()).isFalse();
        assertThat(ids(jobs.page(JobStatus.RUNNING, Paging.first(10, null)))).isEmpty();
    }

    @Test
    void requeuePutsAParkedJobBackDueNowWithAFreshAttemptCount() {
        Instant now = T0.plusSeconds(3_600);
        mongo.insert(new JobDocument("event-1/audit", JobKind.EVENT_DELIVERY, "audit", JobStatus.PARKED, T0, 8,
                null, null, "IllegalStateException: boom", null, null, T0, T0.plusSeconds(60)));

        assertThat(jobs.requeue("event-1/audit", now)).isTrue();

        JobDocument requeued = storedJob("event-1/audit");
        assertThat(requeued.status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(requeued.dueAt()).isEqualTo(now);
        assertThat(requeued.attempts()).isZero();
        assertThat(requeued.finishedAt()).isNull();
        assertThat(requeued.lastError()).as("kept for the record until the next failure")
                .isEqualTo("IllegalStateException: boom");
        assertThat(jobs.requeue("event-1/audit", now)).as("no longer parked").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = JobStatus.class, names = "PARKED", mode = EnumSource.Mode.EXCLUDE)
    void requeueOfAJobThatIsNotParkedChangesNothing(JobStatus status) {
        JobDocument stored = storeJob("reminder/k", status, T0, status == JobStatus.DONE ? T0 : null);

        assertThat(jobs.requeue("reminder/k", T0.plusSeconds(60))).isFalse();

        assertThat(storedJob("reminder/k")).isEqualTo(stored);
    }

    @Test
    void requeueOfAnUnknownJobIsFalseAndCreatesNothing() {
        assertThat(jobs.requeue("unknown", T0)).isFalse();
        assertThat(storedJobs()).isEmpty();
    }

    private static List<String> ids(Page<Job> page) {
        return page.items().stream().map(Job::id).toList();
    }
}
