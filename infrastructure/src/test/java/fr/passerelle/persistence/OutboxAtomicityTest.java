package fr.passerelle.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static fr.passerelle.persistence.Fixtures.event;
import static fr.passerelle.persistence.Fixtures.fullSchool;
import static fr.passerelle.persistence.Fixtures.memberOf;
import static fr.passerelle.persistence.Fixtures.minimalSchool;
import static fr.passerelle.persistence.Fixtures.platformAdminFor;
import static fr.passerelle.school.model.SchoolEvents.PROFILE_UPDATED;
import static fr.passerelle.school.model.SchoolEvents.REGISTERED;
import static fr.passerelle.school.model.SchoolEvents.TIER_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.shared.persistence.OutboxSource;
import fr.passerelle.testing.TestDatabase;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * A change and its event are one write: the event sits in the changed document's {@code outbox} exactly when the
 * change is stored. Asserted through the real {@link Schools} adapter, reading the stored documents directly.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class OutboxAtomicityTest {

    private static final String SCHOOLS = "schools";

    @Autowired
    private Schools schools;

    @Autowired
    private MongoOperations mongo;

    @Autowired
    private EventDocumentMapper events;

    @Autowired
    private List<OutboxSource> outboxSources;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    @Test
    void insertStoresTheEventInTheNewDocumentsOutbox() {
        DomainEvent registered = event("event-1", REGISTERED, "School", "school-1", 0,
                memberOf("school:school-1", "sub-ana"), T0);

        schools.insert(fullSchool("school-1", "École du Son"), registered);

        assertThat(outbox("school-1")).containsExactly(events.toDocument(registered));
    }

    @Test
    void eachUpdateAppendsItsEventAfterThoseStillWaitingInTheOutbox() {
        DomainEvent registered = event("event-1", REGISTERED, "School", "school-1", 0, memberOf("school:school-1",
                "sub-ana"), T0);
        DomainEvent upgraded = event("event-2", TIER_CHANGED, "School", "school-1", 1,
                platformAdminFor("school:school-1"), T0.plusSeconds(1));
        DomainEvent upgradedAgain = event("event-3", TIER_CHANGED, "School", "school-1", 2,
                platformAdminFor("school:school-1"), T0.plusSeconds(2));
        School inserted = schools.insert(fullSchool("school-1", "École du Son"), registered);

        School updated = schools.update(inserted.withTier(PartnershipTier.STRATEGIC, T0.plusSeconds(1)), upgraded);
        schools.update(updated.withTier(PartnershipTier.CERTIFIED, T0.plusSeconds(2)), upgradedAgain);

        assertThat(outbox("school-1")).containsExactly(events.toDocument(registered), events.toDocument(upgraded),
                events.toDocument(upgradedAgain));
        assertThat(schools.findById("school-1")).get().extracting(School::tier, School::version)
                .containsExactly(PartnershipTier.CERTIFIED, 2L);
    }

    @Test
    void staleUpdateIsAConcurrentUpdateThatAddsNoEventAndChangesNothing() {
        School inserted = schools.insert(fullSchool("school-1", "École du Son"), Fixtures.event());
        schools.update(inserted.withTier(PartnershipTier.CERTIFIED, T0.plusSeconds(1)), Fixtures.event());
        Document before = TestDatabase.raw(mongo, SCHOOLS, "school-1");
        DomainEvent lost = event("event-lost", TIER_CHANGED, "School", "school-1", 1, platformAdminFor(
                "school:school-1"), T0.plusSeconds(2));

        assertThatThrownBy(() -> schools.update(inserted.withTier(PartnershipTier.STRATEGIC, T0.plusSeconds(2)), lost))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(TestDatabase.raw(mongo, SCHOOLS, "school-1")).isEqualTo(before);
        assertThat(outbox("school-1")).extracting(EventDocument::id).doesNotContain("event-lost").hasSize(2);
    }

    @Test
    void insertOfADuplicateNameStoresNeitherTheDocumentNorItsEvent() {
        DomainEvent first = Fixtures.event();
        schools.insert(minimalSchool("school-1", "École du Son"), first);

        assertThatThrownBy(() -> schools.insert(minimalSchool("school-2", "ECOLE DU SON"), Fixtures.event()))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(TestDatabase.raw(mongo, SCHOOLS, "school-2")).isNull();
        assertThat(mongo.getCollection(SCHOOLS).countDocuments()).isEqualTo(1);
        assertThat(outbox("school-1")).containsExactly(events.toDocument(first));
    }

    @Test
    void insertUnderAnExistingIdStoresNothingAndLeavesTheExistingOutboxAlone() {
        DomainEvent first = Fixtures.event();
        schools.insert(minimalSchool("school-1", "École du Son"), first);
        Document before = TestDatabase.raw(mongo, SCHOOLS, "school-1");

        assertThatThrownBy(() -> schools.insert(minimalSchool("school-1", "Pôle Son"), Fixtures.event()))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(TestDatabase.raw(mongo, SCHOOLS, "school-1")).isEqualTo(before);
    }

    @Test
    void updateRunningIntoAUniqueValueStoresNeitherTheChangeNorItsEvent() {
        schools.insert(minimalSchool("school-1", "École du Son"), Fixtures.event());
        School other = schools.insert(minimalSchool("school-2", "Pôle Son"), Fixtures.event());
        Document before = TestDatabase.raw(mongo, SCHOOLS, "school-2");

        assertThatThrownBy(() -> schools.update(other.withProfile(renamed(other.profile(), "ÉCOLE DU SON"),
                T0.plusSeconds(1)), Fixtures.event())).isInstanceOf(DuplicateKeyException.class);

        assertThat(TestDatabase.raw(mongo, SCHOOLS, "school-2")).isEqualTo(before);
    }

    @Test
    void nestedFieldClearedByAnUpdateDisappearsFromTheStoredDocument() {
        School inserted = schools.insert(fullSchool("school-1", "École du Son"), Fixtures.event());
        assertThat(storedProfile("school-1")).containsKey("website");
        SchoolProfile p = inserted.profile();
        SchoolProfile withoutWebsite = new SchoolProfile(p.name(), p.kind(), p.address(), null, p.contactEmail(),
                p.description());

        School updated = schools.update(inserted.withProfile(withoutWebsite, T0.plusSeconds(1)), event("event-9",
                PROFILE_UPDATED, "School", "school-1", 1, memberOf("school:school-1", "sub-ana"), T0.plusSeconds(1)));

        assertThat(storedProfile("school-1")).doesNotContainKey("website").containsKeys("name", "contactEmail");
        assertThat(updated.profile().website()).isNull();
        assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(updated);
    }

    @Test
    void topLevelFieldClearedByAnUpdateDisappearsFromTheStoredDocumentWhileTheOutboxStays() {
        School inserted = schools.insert(fullSchool("school-1", "École du Son"), Fixtures.event());
        assertThat(TestDatabase.raw(mongo, SCHOOLS, "school-1")).containsKey("createdBy");
        School withoutCreator = new School(inserted.id(), inserted.profile(), inserted.tier(), inserted.programs(),
                null, inserted.createdAt(), T0.plusSeconds(1), inserted.version());

        School updated = schools.update(withoutCreator, Fixtures.event());

        Document stored = TestDatabase.raw(mongo, SCHOOLS, "school-1");
        assertThat(stored).doesNotContainKey("createdBy").containsKeys("profile", "tier", OutboxSource.OUTBOX);
        assertThat(outbox("school-1")).hasSize(2);
        assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(updated);
    }

    @Test
    void everyAggregateCollectionIsAnOutboxTheRelayDrains() {
        assertThat(outboxSources).extracting(OutboxSource::collectionName)
                .contains("schools", "companies", "memberships");
    }

    private List<EventDocument> outbox(String schoolId) {
        return TestDatabase.outbox(mongo, SCHOOLS, schoolId);
    }

    private Document storedProfile(String schoolId) {
        return TestDatabase.raw(mongo, SCHOOLS, schoolId).get("profile", Document.class);
    }

    private static SchoolProfile renamed(SchoolProfile p, String name) {
        return new SchoolProfile(name, p.kind(), p.address(), p.website(), p.contactEmail(), p.description());
    }
}
