package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static fr.passerelle.persistence.Fixtures.event;
import static fr.passerelle.persistence.Fixtures.invited;
import static fr.passerelle.persistence.Fixtures.memberOf;
import static fr.passerelle.persistence.Fixtures.minimalSchool;
import static fr.passerelle.persistence.Fixtures.platformAdminFor;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolEvents;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relay turns outbox events into delivery jobs, one per subscriber that accepts the event ({@code audit} takes
 * every event, {@code notifications} and {@code invitation-mail} a few types), and a pass of the runner delivers
 * them. A relay that stops between creating the jobs and emptying the outbox neither loses nor doubles a delivery.
 */
class OutboxRelayTest extends JobsIntegrationTest {

    @Autowired
    private OutboxRelay relay;

    @Autowired
    private JobQueue queue;

    @Autowired
    private JobRunner runner;

    @Autowired
    private Schools schools;

    @Autowired
    private Companies companies;

    @Autowired
    private Memberships memberships;

    @Autowired
    private AuditTrail auditTrail;

    private final DomainEvent registered = event("event-1", SchoolEvents.REGISTERED, "School", "school-1", 0,
            memberOf("school:school-1", "sub-ana"), T0);
    private final DomainEvent upgraded = event("event-2", SchoolEvents.TIER_CHANGED, "School", "school-1", 1,
            platformAdminFor("school:school-1"), T0.plusSeconds(1));

    @Test
    void drainCreatesOneDeliveryPerAcceptingSubscriber() {
        registerAndUpgradeSchool();

        int relayed = relay.drain();

        assertThat(relayed).isEqualTo(2);
        assertThat(storedJobs()).extracting(JobDocument::id)
                .containsExactly("event-1/audit", "event-2/audit", "event-2/notifications");
    }

    @Test
    void drainEmptiesTheOutboxOfTheEventsItRelayed() {
        registerAndUpgradeSchool();

        relay.drain();

        assertThat(TestDatabase.outbox(mongo, "schools", "school-1")).isEmpty();
        assertThat(relay.drain()).isZero();
    }

    @Test
    void eventsOfDocumentsBeyondOneBatchAreRelayedByLaterPasses() {
        int count = 101;
        for (int i = 0; i < count; i++) {
            schools.insert(minimalSchool("school-%03d".formatted(i), "École %03d".formatted(i)),
                    event("event-%03d".formatted(i), SchoolEvents.REGISTERED, "School", "school-%03d".formatted(i),
                            0, memberOf("school:school-1", "sub-ana"), T0));
        }

        for (int pass = 0; pass < 3; pass++) {
            relay.drain();
        }

        assertThat(storedJobs()).hasSize(count);
    }

    @Test
    void deliveryJobCarriesTheWholeEventAndIsDueWhenTheEventOccurred() {
        registerAndUpgradeSchool();

        relay.drain();

        JobDocument job = storedJob("event-2/notifications");
        assertThat(job.kind()).isEqualTo(JobKind.EVENT_DELIVERY);
        assertThat(job.handler()).isEqualTo("notifications");
        assertThat(job.status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(job.dueAt()).isEqualTo(upgraded.occurredAt());
        assertThat(job.attempts()).isZero();
        assertThat(job.event()).isEqualTo(events.toDocument(upgraded));
        assertThat(job.reminder()).isNull();
        assertThat(job.createdAt()).isNotNull();
    }

    @Test
    void drainRelaysTheOutboxesOfEveryAggregateCollection() {
        schools.insert(minimalSchool("school-1", "École du Son"), registered);
        memberships.insert(invited("membership-1", Tenant.school("school-1"), "prof@son.example.fr"),
                event("event-3", MembershipEvents.INVITED, "Membership", "membership-1", 0,
                        memberOf("school:school-1", "sub-ana"), T0));
        companies.insert(Fixtures.company("company-1", "Garage Dupont", null, Fixtures.siret("7321087650001"),
                VettingStatus.VERIFIED), event("event-4", CompanyEvents.VERIFIED, "Company", "company-1", 0,
                platformAdminFor("company:company-1"), T0));

        assertThat(relay.drain()).isEqualTo(3);

        assertThat(storedJobs()).extracting(JobDocument::id).containsExactly("event-1/audit", "event-3/audit",
                "event-3/invitation-mail", "event-4/audit", "event-4/notifications");
    }

    @Test
    void drainingAgainCreatesNoSecondJobAndResetsNone() {
        registerAndUpgradeSchool();
        relay.drain();
        List<JobDocument> afterFirstDrain = storedJobs();

        relay.drain();

        assertThat(storedJobs()).isEqualTo(afterFirstDrain);
    }

    @Test
    void relayStoppedAfterCreatingTheJobsButBeforeEmptyingTheOutboxCreatesNoSecondJob() {
        schools.insert(minimalSchool("school-1", "École du Son"), registered);
        // The first half of a relay pass that then died: the delivery exists, the event is still in the outbox.
        queue.enqueueDelivery(events.toDocument(registered), "audit");
        JobDocument created = storedJob("event-1/audit");

        relay.drain();

        assertThat(storedJobs()).containsExactly(created);
        runner.runOnce();
        assertThat(auditEntriesOf("school-1")).extracting(AuditEntry::id).containsExactly("event-1");
    }

    @Test
    void eventLeftInTheOutboxAfterItsDeliveryRanIsNotDeliveredTwice() {
        registerAndUpgradeSchool();
        List<Document> pending = TestDatabase.rawOutbox(mongo, "schools", "school-1");
        runner.runOnce();
        List<JobDocument> delivered = storedJobs();

        // As if the pull of the relay's first pass had never happened.
        TestDatabase.putBackInOutbox(mongo, "schools", "school-1", pending);
        runner.runOnce();

        assertThat(storedJobs()).isEqualTo(delivered)
                .allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.DONE))
                .allSatisfy(job -> assertThat(job.attempts()).isEqualTo(1));
        assertThat(auditEntriesOf("school-1")).extracting(AuditEntry::id).containsExactly("event-2", "event-1");
    }

    @Test
    void runOnceRecordsEveryEventInTheAuditTrailOnceWithItsInitiator() {
        registerAndUpgradeSchool();

        runner.runOnce();

        assertThat(auditEntriesOf("school-1")).containsExactly(AuditEntry.of(upgraded), AuditEntry.of(registered));
        AuditEntry byPlatformAdmin = auditEntriesOf("school-1").get(0);
        assertThat(byPlatformAdmin.initiator().subject()).isEqualTo("sub-platform-admin");
        assertThat(byPlatformAdmin.initiator().onBehalfOf()).isEqualTo("school:school-1");
        assertThat(byPlatformAdmin.initiator().organisation()).isNull();
        assertThat(storedJobs()).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.DONE);
            assertThat(job.finishedAt()).isNotNull();
            assertThat(job.leaseOwner()).isNull();
            assertThat(job.leaseUntil()).isNull();
        });
    }

    @Test
    void secondPassDeliversNothingAgain() {
        registerAndUpgradeSchool();
        runner.runOnce();
        List<JobDocument> afterFirstPass = storedJobs();

        runner.runOnce();

        assertThat(storedJobs()).isEqualTo(afterFirstPass);
        assertThat(auditEntriesOf("school-1")).hasSize(2);
    }

    private void registerAndUpgradeSchool() {
        School school = schools.insert(minimalSchool("school-1", "École du Son"), registered);
        schools.update(school.withTier(PartnershipTier.PREMIUM, T0.plusSeconds(1)), upgraded);
    }

    private List<AuditEntry> auditEntriesOf(String schoolId) {
        return auditTrail.search(AuditFilter.ofAggregate("School", schoolId), Paging.first(100, null)).items();
    }
}
