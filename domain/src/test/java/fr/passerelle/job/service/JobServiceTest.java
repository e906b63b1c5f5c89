package fr.passerelle.job.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryAuditTrail;
import fr.passerelle.testing.InMemoryJobs;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobServiceTest {

    enum Who { PLATFORM_ADMIN, ADVISOR, SCHOOL_ADMIN, LEARNER }

    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final Instant LATER = Fixtures.NOW.plus(Duration.ofDays(1));

    /** Reads a job as it was before a concurrent replay requeued it, once, as a replay racing another would. */
    private static final class RacingJobs extends InMemoryJobs {
        private Job staleRead;

        @Override
        public Optional<Job> findById(String id) {
            if (staleRead != null && staleRead.id().equals(id)) {
                Job stale = staleRead;
                staleRead = null;
                return Optional.of(stale);
            }
            return super.findById(id);
        }
    }

    private final RacingJobs jobs = new RacingJobs();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final JobService service = new JobService(jobs, audit, Fixtures.countingIds("audit-"),
            Clock.fixed(LATER, ZoneOffset.UTC));
    private Map<Who, Actor> actors;

    private static Job job(JobStatus status) {
        String id = "job-" + status.name().toLowerCase(Locale.ROOT);
        boolean finished = status == JobStatus.DONE || status == JobStatus.CANCELLED || status == JobStatus.PARKED;
        return new Job(id, JobKind.EVENT_DELIVERY, "notifications", status, Fixtures.NOW, 8,
                status == JobStatus.PARKED ? "IllegalStateException: mail server down" : null, "company.verified",
                "Company", "company-c", null, Fixtures.NOW.minus(Duration.ofHours(1)), finished ? Fixtures.NOW : null);
    }

    @BeforeEach
    void oneJobInEachState() {
        for (JobStatus status : JobStatus.values()) {
            jobs.seed(job(status));
        }
        var memberships = new InMemoryMemberships();
        actors = Map.of(
                Who.PLATFORM_ADMIN, Actors.platformAdmin(),
                Who.ADVISOR, Actors.advisor(),
                Who.SCHOOL_ADMIN, Actors.member(memberships, "school-admin", Tenant.school("school-a"),
                        MembershipRole.SCHOOL_ADMIN),
                Who.LEARNER, Actors.learner("learner"));
    }

    private Actor as(Who who) {
        return actors.get(who);
    }

    private Job stored(String id) {
        return jobs.findById(id).orElseThrow();
    }

    @Nested
    class Reading {

        @Test
        void a_platform_admin_lists_the_jobs_in_a_state() {
            assertThat(service.jobs(as(Who.PLATFORM_ADMIN), JobStatus.PARKED, FIRST_PAGE).items())
                    .containsExactly(job(JobStatus.PARKED));
        }

        @Test
        void a_platform_admin_finds_jobs_by_id() {
            assertThat(service.find(as(Who.PLATFORM_ADMIN), "job-parked")).contains(job(JobStatus.PARKED));
            assertThat(service.find(as(Who.PLATFORM_ADMIN), "job-404")).isEmpty();
            assertThat(service.findAll(as(Who.PLATFORM_ADMIN), List.of("job-done", "job-404", "job-running")))
                    .extracting(Job::id).containsExactlyInAnyOrder("job-done", "job-running");
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void nobody_else_lists_jobs(Who who) {
            assertThatThrownBy(() -> service.jobs(as(who), JobStatus.PARKED, FIRST_PAGE))
                    .isInstanceOf(ForbiddenException.class);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void nobody_else_finds_a_job(Who who) {
            assertThat(service.find(as(who), "job-parked")).isEmpty();
            assertThat(service.findAll(as(who), List.of("job-parked", "job-done"))).isEmpty();
        }
    }

    @Nested
    class Replay {

        @Test
        void a_parked_job_is_queued_again_due_now_with_no_attempts() {
            Job replayed = service.replay(as(Who.PLATFORM_ADMIN), "job-parked");

            assertThat(replayed).isEqualTo(stored("job-parked"));
            assertThat(replayed.status()).isEqualTo(JobStatus.SCHEDULED);
            assertThat(replayed.dueAt()).isEqualTo(LATER);
            assertThat(replayed.attempts()).isZero();
            assertThat(replayed.finishedAt()).isNull();
        }

        @Test
        void the_replay_is_audited_with_the_admin_as_initiator() {
            service.replay(as(Who.PLATFORM_ADMIN), "job-parked");

            assertThat(audit.all()).containsExactly(new AuditEntry("audit-1", "job.replayed", "Job", "job-parked", 0,
                    new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"), null, null, null),
                    List.of("status", "attempts", "dueAt"), LATER));
        }

        @Test
        void replaying_again_once_queued_returns_it_without_a_second_audit_entry() {
            Job first = service.replay(as(Who.PLATFORM_ADMIN), "job-parked");

            Job second = service.replay(as(Who.PLATFORM_ADMIN), "job-parked");

            assertThat(second).isEqualTo(first);
            assertThat(audit.all()).hasSize(1);
        }

        @ParameterizedTest
        @EnumSource(value = JobStatus.class, names = {"SCHEDULED", "RUNNING"})
        void a_queued_or_running_job_is_returned_unchanged_without_audit(JobStatus status) {
            Job job = job(status);

            assertThat(service.replay(as(Who.PLATFORM_ADMIN), job.id())).isEqualTo(job);
            assertThat(stored(job.id())).isEqualTo(job);
            assertThat(audit.all()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = JobStatus.class, names = {"DONE", "CANCELLED"})
        void a_finished_job_cannot_be_replayed(JobStatus status) {
            Job job = job(status);

            assertThat(Violations.thrownBy(() -> service.replay(as(Who.PLATFORM_ADMIN), job.id())))
                    .extracting(Violation::field).containsExactly(List.of("id"));
            assertThat(stored(job.id())).isEqualTo(job);
            assertThat(audit.all()).isEmpty();
        }

        @Test
        void a_missing_job_is_not_found() {
            assertThatThrownBy(() -> service.replay(as(Who.PLATFORM_ADMIN), "job-404"))
                    .isInstanceOf(NotFoundException.class);
            assertThat(audit.all()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void nobody_else_replays_a_job(Who who) {
            assertThatThrownBy(() -> service.replay(as(who), "job-parked")).isInstanceOf(ForbiddenException.class);
            assertThat(stored("job-parked")).isEqualTo(job(JobStatus.PARKED));
            assertThat(audit.all()).isEmpty();
        }
        @Test
        void losing_a_replay_race_to_another_admin_returns_the_queued_job() {
            service.replay(as(Who.PLATFORM_ADMIN), "job-parked");
            jobs.staleRead = job(JobStatus.PARKED);

            Job replayed = service.replay(as(Who.PLATFORM_ADMIN), "job-parked");

            assertThat(replayed.status()).isEqualTo(JobStatus.SCHEDULED);
            assertThat(audit.all()).hasSize(1);
        }
    }
}
