package fr.passerelle.internship.persistence;

import static fr.passerelle.internship.persistence.InternshipData.application;
import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationScope;
import fr.passerelle.internship.model.ApplicationScope.Visibility;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.Interview;
import fr.passerelle.internship.model.InterviewSlot;
import fr.passerelle.internship.model.InterviewStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.StatusChange;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * What {@link Applications} promises, asserted against whichever database a subclass configures (embedded in-memory
 * server, real MongoDB replica set). Every test starts from empty collections whose indexes are kept.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class ApplicationsContract {

    private static final String COLLECTION = "applications";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[] OFFERS = {"offer-1", "offer-2", "offer-3"};
    /** Learner i's school; learners 4 and 6 are independent. */
    private static final String[] SCHOOLS = {"school-a", "school-a", "school-b", null, "school-b", null};
    private static final ApplicationScope EVERYTHING = new ApplicationScope(null, null, Set.of(), null);

    @Autowired
    private Applications applications;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyTheDatabase() {
        TestDatabase.clear(mongo);
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void applicationWithEveryFieldIsReadBackExactlyTimeZonesIncluded() {
        Application application = fullApplication("application-1");

        Application inserted = applications.insert(application, Fixtures.event());

        assertThat(inserted).isEqualTo(application);
        assertThat(applications.findById("application-1")).contains(application);
        assertThat(applications.findAllById(List.of("application-1", "unknown"))).containsExactly(application);
        Interview interview = applications.findById("application-1").orElseThrow().interview();
        assertThat(interview.slots()).extracting(InterviewSlot::zone)
                .containsExactly(NEW_YORK, PARIS, ZoneOffset.ofHours(2));
        assertThat(interview.chosenSlot()).get().extracting(InterviewSlot::localStart)
                .isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 30).atZone(NEW_YORK));
    }

    @Test
    void minimalApplicationIsReadBackWithTheSameNullsAndEmptySets() {
        Application application = application("application-1").school(null).subject(null).shared().build();

        Application inserted = applications.insert(application, Fixtures.event());

        assertThat(inserted).isEqualTo(application);
        assertThat(applications.findById("application-1")).contains(application);
        assertThat(inserted.interview()).isNull();
        assertThat(inserted.sharedParts()).isEmpty();
    }

    @Test
    void insertReturnsExactlyWhatALaterReadGivesEvenForInstantsFinerThanAMillisecond() {
        Instant fine = Instant.parse("2026-01-01T10:00:00.123456789Z");
        Application application = application("application-1").createdAt(fine).status(ApplicationStatus.INTERVIEW)
                .interview(new Interview(InterviewStatus.PROPOSED,
                        List.of(new InterviewSlot("slot-1", fine.plusSeconds(86_400), 30, NEW_YORK)), null, null, 1))
                .build();

        Application inserted = applications.insert(application, Fixtures.event());

        assertThat(applications.findById("application-1")).contains(inserted);
        Instant stored = Instant.parse("2026-01-01T10:00:00.123Z");
        assertThat(inserted.createdAt()).isEqualTo(stored);
        assertThat(inserted.history().get(0).at()).isEqualTo(stored);
        assertThat(inserted.interview().slots().get(0).start()).isEqualTo(stored.plusSeconds(86_400));
    }

    @Test
    void storedDocumentKeepsTheZoneIdAsTextAndTheEventInItsOutbox() {
        DomainEvent event = Fixtures.event();

        applications.insert(fullApplication("application-1"), event);
        applications.insert(application("application-2").learner("learner-2").build(), Fixtures.event());

        Document stored = TestDatabase.raw(mongo, COLLECTION, "application-1");
        assertThat(stored.get("interview", Document.class).getList("slots", Document.class))
                .extracting(slot -> slot.get("zone")).containsExactly("America/New_York", "Europe/Paris", "+02:00");
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "application-1")).extracting(EventDocument::id)
                .containsExactly(event.id());
        assertThat(TestDatabase.raw(mongo, COLLECTION, "application-2")).doesNotContainKeys("interview", "message");
    }

    // ---------------------------------------------------------------- optimistic locking

    @Test
    void updateBasedOnTheStoredVersionStoresTheChangeAndIncrementsTheVersion() {
        Application inserted = applications.insert(application("application-1").build(), Fixtures.event());

        Application shortlisted = applications.update(inserted.movedTo(ApplicationStatus.SHORTLISTED,
                "sub-recruiter", "profil solide", T0.plusSeconds(60)), Fixtures.event());
        Application interviewing = applications.update(shortlisted.withInterviewProposed(
                List.of(new InterviewSlot("slot-1", T0.plusSeconds(86_400), 45, NEW_YORK),
                        new InterviewSlot("slot-2", T0.plusSeconds(2 * 86_400), 30, PARIS)),
                "https://meet.example.com/xyz", "sub-recruiter", T0.plusSeconds(120)), Fixtures.event());

        assertThat(shortlisted.version()).isEqualTo(1);
        assertThat(interviewing.version()).isEqualTo(2);
        assertThat(interviewing.status()).isEqualTo(ApplicationStatus.INTERVIEW);
        assertThat(interviewing.history()).extracting(StatusChange::status).containsExactly(
                ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.INTERVIEW);
        assertThat(interviewing.interview().slots()).extracting(InterviewSlot::zone).containsExactly(NEW_YORK, PARIS);
        assertThat(applications.findById("application-1")).contains(interviewing);
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "application-1")).hasSize(3);
    }

    @Test
    void updateBasedOnAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        Application inserted = applications.insert(application("application-1").build(), Fixtures.event());
        Application winner = applications.update(inserted.movedTo(ApplicationStatus.REJECTED, "sub-recruiter",
                null, T0.plusSeconds(60)), Fixtures.event());

        assertThatThrownBy(() -> applications.update(inserted.movedTo(ApplicationStatus.WITHDRAWN, "sub-learner-1",
                null, T0.plusSeconds(61)), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(applications.findById("application-1")).contains(winner);
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "application-1")).hasSize(2);
    }

    @Test
    void updateNeverCreatesAnApplicationThatIsNotStored() {
        assertThatThrownBy(() -> applications.update(application("application-1").build(), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(applications.findById("application-1")).isEmpty();
    }

    // ---------------------------------------------------------------- one application per learner and offer

    @Test
    void offerAndLearnerAreOneUniqueIndex() {
        List<IndexInfo> indexes = mongo.indexOps(COLLECTION).getIndexInfo();

        assertThat(indexes).filteredOn(IndexInfo::isUnique)
                .extracting(index -> index.getIndexFields().stream().map(IndexField::getKey).toList())
                .contains(List.of("offerId", "learnerId"));
    }

    @Test
    void secondApplicationOfTheLearnerToTheOfferIsADuplicateOfferIdAndIsNotStored() {
        Application first = applications.insert(application("application-1").build(), Fixtures.event());

        assertThatThrownBy(() -> applications.insert(application("application-2").message("encore")
                .createdAt(T0.plusSeconds(1)).build(), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("offerId"));
        assertThat(applications.findById("application-2")).isEmpty();
        assertThat(applications.findByOfferAndLearner("offer-1", "learner-1")).contains(first);
        assertThat(TestDatabase.raw(mongo, COLLECTION, "application-2")).isNull();
    }

    @Test
    void theLearnerMayApplyToAnotherOfferAndAnotherLearnerToTheOffer() {
        applications.insert(application("application-1").build(), Fixtures.event());

        applications.insert(application("application-2").offer("offer-2").build(), Fixtures.event());
        applications.insert(application("application-3").learner("learner-2").build(), Fixtures.event());

        assertThat(applications.findAllById(List.of("application-1", "application-2", "application-3"))).hasSize(3);
    }

    // ---------------------------------------------------------------- lookups

    @Test
    void findByOfferAndLearnerReturnsThatPairsApplicationOnly() {
        List<Application> all = insertRoster();
        Application expected = all.stream().filter(a -> a.offerId().equals("offer-2")
                && a.learnerId().equals("learner-3")).findFirst().orElseThrow();

        assertThat(applications.findByOfferAndLearner("offer-2", "learner-3")).contains(expected);
        assertThat(applications.findByOfferAndLearner("offer-2", "learner-9")).isEmpty();
        assertThat(applications.findByOfferAndLearner("offer-9", "learner-3")).isEmpty();
    }

    @Test
    void findByLearnerReturnsTheLearnersApplicationsInTheStatusesUpToTheLimit() {
        insertRoster();
        Set<ApplicationStatus> statuses = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED,
                ApplicationStatus.OFFERED, ApplicationStatus.REJECTED);
        List<Application> learners = applications.findByLearner("learner-2", Set.of(ApplicationStatus.values()), 100);
        List<String> expected = learners.stream().filter(a -> statuses.contains(a.status())).map(Application::id)
                .toList();
        assertThat(learners).hasSize(3).allSatisfy(a -> assertThat(a.learnerId()).isEqualTo("learner-2"));
        assertThat(expected).as("the statuses keep some and drop others").hasSizeBetween(1, 2);

        assertThat(ids(applications.findByLearner("learner-2", statuses, 100)))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids(applications.findByLearner("learner-2", Set.of(ApplicationStatus.values()), 2)))
                .hasSize(2).isSubsetOf(ids(learners));
        assertThat(applications.findByLearner("learner-2", Set.of(ApplicationStatus.values()), 0)).isEmpty();
        assertThat(applications.findByLearner("learner-9", Set.of(ApplicationStatus.values()), 100)).isEmpty();
    }

    @Test
    void findByOfferReturnsTheOffersApplicationsInTheStatusesUpToTheLimit() {
        List<Application> all = insertRoster();
        Set<ApplicationStatus> open = ApplicationStatus.open();
        List<String> ofOffer = all.stream().filter(a -> a.offerId().equals("offer-1")).map(Application::id).toList();
        List<String> openOfOffer = all.stream().filter(a -> a.offerId().equals("offer-1")
                && open.contains(a.status())).map(Application::id).toList();
        assertThat(openOfOffer).as("some open, some not").isNotEmpty().hasSizeLessThan(ofOffer.size());

        assertThat(ids(applications.findByOffer("offer-1", open, 100))).containsExactlyInAnyOrderElementsOf(openOfOffer);
        assertThat(ids(applications.findByOffer("offer-1", Set.of(ApplicationStatus.values()), 100)))
                .containsExactlyInAnyOrderElementsOf(ofOffer);
        assertThat(ids(applications.findByOffer("offer-1", Set.of(ApplicationStatus.values()), 3)))
                .hasSize(3).isSubsetOf(ofOffer);
        assertThat(applications.findByOffer("offer-1", open, 0)).isEmpty();
    }

    // ---------------------------------------------------------------- scopes

    @Test
    void scopeWithoutRestrictionListsEveryApplication() {
        List<Application> all = insertRoster();

        assertThat(searchIds(EVERYTHING)).containsExactlyInAnyOrderElementsOf(ids(all));
    }

    @Test
    void offerLearnerAndStatusesRestrictTheScopeAndCombine() {
        List<Application> all = insertRoster();
        Set<ApplicationStatus> statuses = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INTERVIEW,
                ApplicationStatus.ACCEPTED, ApplicationStatus.WITHDRAWN);

        assertScope(all, new ApplicationScope("offer-2", null, Set.of(), null), a -> a.offerId().equals("offer-2"));
        assertScope(all, new ApplicationScope(null, "learner-3", null, null), a -> a.learnerId().equals("learner-3"));
        assertScope(all, new ApplicationScope(null, null, statuses, null), a -> statuses.contains(a.status()));
        assertScope(all, new ApplicationScope("offer-1", null, statuses, null),
                a -> a.offerId().equals("offer-1") && statuses.contains(a.status()));
        assertScope(all, new ApplicationScope("offer-3", "learner-2", Set.of(), null),
                a -> a.offerId().equals("offer-3") && a.learnerId().equals("learner-2"));
    }

    @Test
    void aSchoolsScopeHoldsItsLearnersApplicationsAndCombinesWithStatusesAndOffers() {
        List<Application> all = insertRoster();
        Set<ApplicationStatus> accepted = Set.of(ApplicationStatus.ACCEPTED, ApplicationStatus.SUBMITTED);

        assertScope(all, new ApplicationScope(null, null, "school-a", Set.of(), null),
                a -> "school-a".equals(a.schoolId()));
        assertScope(all, new ApplicationScope(null, null, "school-b", accepted, null),
                a -> "school-b".equals(a.schoolId()) && accepted.contains(a.status()));
        assertScope(all, new ApplicationScope("offer-1", null, "school-a", Set.of(), null),
                a -> "school-a".equals(a.schoolId()) && a.offerId().equals("offer-1"));
        assertThat(searchIds(new ApplicationScope(null, null, "school-9", Set.of(), null))).isEmpty();
    }

    @Test
    void visibilityKeepsTheReadersOwnApplicationsOrThoseOfTheirCompaniesOrOfTheirSchools() {
        List<Application> all = insertRoster();

        assertScope(all, visibleTo("sub-learner-4", Set.of(), Set.of()),
                a -> "sub-learner-4".equals(a.learnerSubject()));
        assertScope(all, visibleTo(null, Set.of("company-2"), Set.of()), a -> a.companyId().equals("company-2"));
        assertScope(all, visibleTo(null, Set.of(), Set.of("school-b")), a -> "school-b".equals(a.schoolId()));
        assertScope(all, visibleTo(null, Set.of("company-2", "company-9"), Set.of("school-a", "school-9")),
                a -> a.companyId().equals("company-2") || "school-a".equals(a.schoolId()));
        assertScope(all, visibleTo("sub-learner-6", Set.of("company-2"), Set.of("school-b")),
                a -> "sub-learner-6".equals(a.learnerSubject()) || a.companyId().equals("company-2")
                        || "school-b".equals(a.schoolId()));
    }

    @Test
    void visibilityCombinesWithTheOtherRestrictions() {
        List<Application> all = insertRoster();
        Set<ApplicationStatus> open = ApplicationStatus.open();
        ApplicationScope scope = new ApplicationScope("offer-1", null, open,
                new Visibility("sub-learner-4", Set.of(), Set.of("school-a")));

        assertScope(all, scope, a -> a.offerId().equals("offer-1") && open.contains(a.status())
                && ("sub-learner-4".equals(a.learnerSubject()) || "school-a".equals(a.schoolId())));
    }

    @Test
    void readerWhoMaySeeNothingSeesNothingAndUnknownOrganisationsShowNothing() {
        insertRoster();

        for (ApplicationScope scope : List.of(visibleTo(null, Set.of(), Set.of()),
                visibleTo("sub-nobody", Set.of("company-9"), Set.of("school-9")))) {
            for (ApplicationOrderField field : ApplicationOrderField.values()) {
                Page<Application> page = applications.search(scope, new Sort<>(field, false), Paging.first(10, null));
                assertThat(page.items()).isEmpty();
                assertThat(page.hasNextPage()).isFalse();
            }
        }
    }

    // ---------------------------------------------------------------- orders and keyset paging

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"CREATED_AT, true, 3", "CREATED_AT, false, 4", "UPDATED_AT, true, 5", "UPDATED_AT, false, 2"})
    void readingForwardPageAfterPageGivesTheWholeOrderWithoutGapsOrDuplicates(ApplicationOrderField field,
                                                                              boolean ascending, int size) {
        List<Application> all = insertRoster();

        List<String> read = readForward(EVERYTHING, new Sort<>(field, ascending), size, all.size());

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending, a -> true));
    }

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"CREATED_AT, true, 4", "CREATED_AT, false, 3", "UPDATED_AT, true, 2", "UPDATED_AT, false, 5"})
    void readingBackwardFromTheEndGivesTheWholeOrderWithoutGapsOrDuplicates(ApplicationOrderField field,
                                                                            boolean ascending, int size) {
        List<Application> all = insertRoster();

        List<String> read = readBackward(EVERYTHING, new Sort<>(field, ascending), size, all.size());

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending, a -> true));
    }

    @ParameterizedTest(name = "{0} ascending={1}")
    @CsvSource({"CREATED_AT, true", "CREATED_AT, false", "UPDATED_AT, true", "UPDATED_AT, false"})
    void scopedListPagesInOrderBothWays(ApplicationOrderField field, boolean ascending) {
        List<Application> all = insertRoster();
        ApplicationScope scope = visibleTo(null, Set.of("company-1"), Set.of());
        Predicate<Application> visible = a -> a.companyId().equals("company-1");

        List<String> forward = readForward(scope, new Sort<>(field, ascending), 2, all.size());
        List<String> backward = readBackward(scope, new Sort<>(field, ascending), 3, all.size());

        List<String> expected = expectedOrder(all, field, ascending, visible);
        assertThat(expected).hasSizeBetween(5, all.size() - 1);
        assertThat(forward).containsExactlyElementsOf(expected);
        assertThat(backward).containsExactlyElementsOf(expected);
    }

    // ---------------------------------------------------------------- first pages of many offers

    @Test
    void firstPagesOfSeveralOffersAreReadTogetherNewestFirst() {
        List<Application> all = insertOffersWithManyApplications();

        Map<String, Page<Application>> pages = applications.firstPagesByOffer(
                List.of("offer-none", "offer-few", "offer-many", "offer-unknown"), EVERYTHING, 10);

        assertThat(pages).containsOnlyKeys("offer-none", "offer-few", "offer-many", "offer-unknown");
        assertThat(pages.values()).allSatisfy(page -> assertThat(page.hasPreviousPage()).isFalse());
        assertThat(pages).extractingFromEntries(e -> e.getKey(), e -> e.getValue().items().size(),
                        e -> e.getValue().hasNextPage())
                .containsExactlyInAnyOrder(tuple("offer-none", 0, false), tuple("offer-few", 3, false),
                        tuple("offer-many", 10, true), tuple("offer-unknown", 0, false));
        for (String offerId : List.of("offer-few", "offer-many")) {
            List<String> newestFirst = expectedOrder(all, ApplicationOrderField.CREATED_AT, false,
                    a -> a.offerId().equals(offerId));
            Page<Application> page = pages.get(offerId);
            assertThat(ids(page.items())).containsExactlyElementsOf(
                    newestFirst.subList(0, Math.min(10, newestFirst.size())));
            assertKeysDescribeItems(page, ApplicationOrderField.CREATED_AT);
            assertThat(page.items()).allSatisfy(a -> assertThat(all).contains(a));
        }
    }

    @Test
    void firstPageOfAnOfferContinuesWithTheSearchFromItsLastKey() {
        List<Application> all = insertOffersWithManyApplications();
        Sort<ApplicationOrderField> newestFirst = new Sort<>(ApplicationOrderField.CREATED_AT, false);

        Page<Application> first = applications.firstPagesByOffer(List.of("offer-many"), EVERYTHING, 10)
                .get("offer-many");
        Page<Application> next = applications.search(EVERYTHING.forOffer("offer-many"), newestFirst,
                Paging.first(10, first.keys().get(9)));

        assertThat(next.items()).hasSize(5);
        assertThat(next.hasNextPage()).isFalse();
        List<String> read = new ArrayList<>(ids(first.items()));
        read.addAll(ids(next.items()));
        assertThat(read).containsExactlyElementsOf(expectedOrder(all, ApplicationOrderField.CREATED_AT, false,
                a -> a.offerId().equals("offer-many")));
    }

    @Test
    void firstPagesApplyTheScopesVisibilityAndStatusesAndIgnoreItsOffer() {
        List<Application> all = insertOffersWithManyApplications();
        Set<ApplicationStatus> statuses = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INTERVIEW);
        ApplicationScope scope = new ApplicationScope("offer-few", null, statuses,
                new Visibility("sub-learner-few-0", Set.of(), Set.of("school-a")));
        Predicate<Application> inScope = a -> statuses.contains(a.status())
                && ("sub-learner-few-0".equals(a.learnerSubject()) || "school-a".equals(a.schoolId()));

        Map<String, Page<Application>> pages = applications.firstPagesByOffer(
                List.of("offer-none", "offer-few", "offer-many"), scope, 3);

        assertThat(pages).containsOnlyKeys("offer-none", "offer-few", "offer-many");
        assertThat(pages.get("offer-none").items()).isEmpty();
        for (String offerId : List.of("offer-few", "offer-many")) {
            List<String> expected = expectedOrder(all, ApplicationOrderField.CREATED_AT, false,
                    a -> a.offerId().equals(offerId) && inScope.test(a));
            Page<Application> page = pages.get(offerId);
            assertThat(ids(page.items())).as(offerId).containsExactlyElementsOf(
                    expected.subList(0, Math.min(3, expected.size())));
            assertThat(page.hasNextPage()).as(offerId).isEqualTo(expected.size() > 3);
        }
        assertThat(pages.get("offer-few").items()).hasSize(1);
        assertThat(pages.get("offer-many").items()).hasSize(3);
        assertThat(pages.get("offer-many").hasNextPage()).isTrue();
    }

    @Test
    void firstPagesOfAnotherCompanysReaderHoldOnlyWhatTheyMaySee() {
        insertOffersWithManyApplications();

        Map<String, Page<Application>> ofCompany2 = applications.firstPagesByOffer(
                List.of("offer-none", "offer-few", "offer-many"), visibleTo(null, Set.of("company-2"), Set.of()), 10);
        Map<String, Page<Application>> ofNobody = applications.firstPagesByOffer(
                List.of("offer-few", "offer-many"), visibleTo(null, Set.of(), Set.of()), 10);

        assertThat(ofCompany2).extractingFromEntries(e -> e.getKey(), e -> e.getValue().items().size())
                .containsExactlyInAnyOrder(tuple("offer-none", 0), tuple("offer-few", 3), tuple("offer-many", 0));
        assertThat(ofNobody).containsOnlyKeys("offer-few", "offer-many");
        assertThat(ofNobody.values()).allSatisfy(page -> {
            assertThat(page.items()).isEmpty();
            assertThat(page.hasNextPage()).isFalse();
        });
        assertThat(applications.firstPagesByOffer(List.of(), EVERYTHING, 10)).isEmpty();
    }

    // ---------------------------------------------------------------- data

    /**
     * 16 applications of 6 learners (two schools and independents) to 3 offers of 2 companies, inserted in an
     * order unrelated to their ids, in every status, with shared creation times and update times in another order.
     */
    private List<Application> insertRoster() {
        int n = 16;
        ApplicationStatus[] statuses = ApplicationStatus.values();
        List<Application> inserted = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int k = (j * 7) % n;
            String offerId = OFFERS[k % 3];
            int learner = k / 3;
            Instant createdAt = T0.plusSeconds(60L * (j / 3));
            Application application = application("application-%02d".formatted((k * 5) % n))
                    .offer(offerId).company(offerId.equals("offer-3") ? "company-2" : "company-1")
                    .learner("learner-" + (learner + 1)).school(SCHOOLS[learner])
                    .status(statuses[k % statuses.length]).createdAt(createdAt)
                    .updatedAt(createdAt.plusSeconds(3_600L * ((k * 3) % 5))).build();
            inserted.add(applications.insert(application, Fixtures.event()));
        }
        return inserted;
    }

    /**
     * offer-none without applications; offer-few (company-2) with 3; offer-many (company-1) with 15 of learners of
     * school-a and school-b alternately, created two by two (shared times), in rotating statuses; offer-other with
     * 2 that no page of the other offers may show.
     */
    private List<Application> insertOffersWithManyApplications() {
        List<Application> inserted = new ArrayList<>();
        ApplicationStatus[] rotation = {ApplicationStatus.SUBMITTED, ApplicationStatus.INTERVIEW,
                ApplicationStatus.REJECTED};
        for (int i = 0; i < 3; i++) {
            inserted.add(applications.insert(application("few-" + i).offer("offer-few").company("company-2")
                    .learner("learner-few-" + i).school(i == 0 ? null : "school-b")
                    .status(ApplicationStatus.values()[i]).createdAt(T0.plusSeconds(i)).build(), Fixtures.event()));
        }
        for (int i = 0; i < 15; i++) {
            int j = (i * 4) % 15;
            inserted.add(applications.insert(application("many-%02d".formatted((j * 7) % 15)).offer("offer-many")
                    .learner("learner-many-" + j).school(j % 2 == 0 ? "school-a" : "school-b")
                    .status(rotation[j % 3]).createdAt(T0.plusSeconds(60L * (j / 2))).build(), Fixtures.event()));
        }
        for (int i = 0; i < 2; i++) {
            inserted.add(applications.insert(application("other-" + i).offer("offer-other")
                    .learner("learner-other-" + i).createdAt(T0.plusSeconds(3_600)).build(), Fixtures.event()));
        }
        return inserted;
    }

    /** An application with every field set: a long history and a scheduled interview with slots in three zones. */
    private static Application fullApplication(String id) {
        Instant nineThirtyInNewYork = LocalDateTime.of(2026, 3, 10, 9, 30).atZone(NEW_YORK).toInstant();
        Interview interview = new Interview(InterviewStatus.SCHEDULED, List.of(
                new InterviewSlot("slot-ny", nineThirtyInNewYork, 45, NEW_YORK),
                new InterviewSlot("slot-paris", Instant.parse("2026-03-30T07:00:00.250Z"), 30, PARIS),
                new InterviewSlot("slot-offset", Instant.parse("2026-04-01T08:00:00Z"), 60, ZoneOffset.ofHours(2))),
                "slot-ny", "https://meet.example.com/abc?lang=fr", 2);
        return application(id).offer("offer-1").company("company-1").learner("learner-1").school("school-a")
                .termsVersion(3).message("Bonjour, je suis très motivée !")
                .shared(ProfilePart.CONTACT, ProfilePart.ACADEMIC, ProfilePart.SKILLS, ProfilePart.CAREER)
                .status(ApplicationStatus.INTERVIEW)
                .history(new StatusChange(ApplicationStatus.SUBMITTED, T0, "sub-learner-1", null),
                        new StatusChange(ApplicationStatus.SHORTLISTED, T0.plusMillis(3_600_001), "sub-recruiter",
                                "profil solide"),
                        new StatusChange(ApplicationStatus.INTERVIEW, T0.plusMillis(7_200_002), "sub-recruiter",
                                "interview proposed"),
                        new StatusChange(ApplicationStatus.INTERVIEW, T0.plusMillis(7_300_003), "sub-recruiter",
                                "interview rescheduled"))
                .interview(interview)
                .createdAt(T0).updatedAt(T0.plusMillis(7_300_003))
                .build();
    }

    // ---------------------------------------------------------------- helpers

    private List<String> readForward(ApplicationScope scope, Sort<ApplicationOrderField> sort, int size, int max) {
        List<String> read = new ArrayList<>();
        Keyset after = null;
        for (int pages = 0; ; pages++) {
            if (pages > max) {
                fail("paging does not end");
            }
            Page<Application> page = applications.search(scope, sort, Paging.first(size, after));
            assertKeysDescribeItems(page, sort.field());
            assertThat(page.hasPreviousPage()).as("hasPreviousPage of page %d", pages).isEqualTo(after != null);
            read.addAll(ids(page.items()));
            if (!page.hasNextPage()) {
                return read;
            }
            assertThat(page.items()).as("a page that says more follow is full").hasSize(size);
            after = page.keys().get(page.keys().size() - 1);
        }
    }

    private List<String> readBackward(ApplicationScope scope, Sort<ApplicationOrderField> sort, int size, int max) {
        List<String> read = new ArrayList<>();
        Keyset before = null;
        for (int pages = 0; ; pages++) {
            if (pages > max) {
                fail("paging does not end");
            }
            Page<Application> page = applications.search(scope, sort, Paging.last(size, before));
            assertKeysDescribeItems(page, sort.field());
            assertThat(page.hasNextPage()).as("hasNextPage of page %d", pages).isEqualTo(before != null);
            read.addAll(0, ids(page.items()));
            if (!page.hasPreviousPage()) {
                return read;
            }
            assertThat(page.items()).as("a page that says more precede is full").hasSize(size);
            before = page.keys().get(0);
        }
    }

    /** The ids in the order the port promises: the field, then the id, both in the sort's direction. */
    private static List<String> expectedOrder(List<Application> all, ApplicationOrderField field, boolean ascending,
                                              Predicate<Application> filter) {
        Comparator<Application> order = Comparator.comparing((Application a) -> sortValue(a, field))
                .thenComparing(Application::id);
        return all.stream().filter(filter).sorted(ascending ? order : order.reversed()).map(Application::id)
                .toList();
    }

    private static Instant sortValue(Application application, ApplicationOrderField field) {
        return switch (field) {
            case CREATED_AT -> application.createdAt();
            case UPDATED_AT -> application.updatedAt();
        };
    }

    /** Every item comes with the keyset a client would page from: its sort value and its id. */
    private static void assertKeysDescribeItems(Page<Application> page, ApplicationOrderField field) {
        assertThat(page.keys()).hasSameSizeAs(page.items());
        for (int i = 0; i < page.items().size(); i++) {
            Application application = page.items().get(i);
            assertThat(page.keys().get(i)).isEqualTo(new Keyset(sortValue(application, field), application.id()));
        }
    }

    /** The scope lists exactly the applications the predicate accepts, and the case is not trivial. */
    private void assertScope(List<Application> all, ApplicationScope scope, Predicate<Application> expected) {
        List<String> ids = all.stream().filter(expected).map(Application::id).toList();
        assertThat(ids).as("the scope keeps some applications and drops others")
                .isNotEmpty().hasSizeLessThan(all.size());
        assertThat(searchIds(scope)).containsExactlyInAnyOrderElementsOf(ids);
    }

    private List<String> searchIds(ApplicationScope scope) {
        Page<Application> page = applications.search(scope, new Sort<>(ApplicationOrderField.CREATED_AT, false),
                Paging.first(Paging.MAX_SIZE, null));
        assertThat(page.hasNextPage()).isFalse();
        return ids(page.items());
    }

    private static ApplicationScope visibleTo(String learnerSubject, Set<String> companyIds, Set<String> schoolIds) {
        return new ApplicationScope(null, null, Set.of(), new Visibility(learnerSubject, companyIds, schoolIds));
    }

    private static List<String> ids(List<Application> items) {
        return items.stream().map(Application::id).toList();
    }
}
