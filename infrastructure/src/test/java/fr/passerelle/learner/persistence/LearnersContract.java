package fr.passerelle.learner.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.learner.model.AcceptanceClaims;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerName;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.SearchKeys;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
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
 * What {@link Learners} promises, asserted against whichever database a subclass configures (embedded in-memory
 * server, real MongoDB replica set). Every test starts from empty collections whose indexes are kept.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class LearnersContract {

    private static final String COLLECTION = "learners";

    /**
     * 14 names (last, first) in the order the NAME sort must give: last name then first name, ignoring case and
     * accents. The two "Lefèvre Zoé" differ only by case and accents: a tie, broken by id.
     */
    private static final List<String[]> NAMES_IN_ORDER = List.of(
            new String[] {"Abadie", "Léa"},
            new String[] {"ABADIE", "Lucas"},
            new String[] {"Bénard", "Chloé"},
            new String[] {"benard", "Emma"},
            new String[] {"Côté", "Hugo"},
            new String[] {"Cote", "Inès"},
            new String[] {"Dupont", "Jean"},
            new String[] {"Dupont-Moretti", "Éric"},
            new String[] {"Éluard", "Paul"},
            new String[] {"Lefèvre", "Zoé"},
            new String[] {"lefevre", "zoe"},
            new String[] {"Martin", "Anne"},
            new String[] {"Ngô", "Bảo"},
            new String[] {"Zidane", "Yazid"});

    private static final String[] SCHOOLS = {"school-a", "school-b", "school-c", null};
    private static final Integer[] YEARS = {2026, null, 2027, 2026, 2025};
    private static final LearnerStatus[] STATUSES = {LearnerStatus.ENROLLED, LearnerStatus.IN_TRAINING,
            LearnerStatus.GRADUATED};

    @Autowired
    private Learners learners;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyTheDatabase() {
        TestDatabase.clear(mongo);
    }

    // ---------------------------------------------------------------- acceptance claims

    @Test
    void acceptanceClaimsAreReadBackAndEachWriteNeedsTheRevisionItRead() {
        Learner learner = learners.insert(minimalLearner("learner-1", "ana@example.fr"), Fixtures.event());
        AcceptanceClaims none = learners.acceptanceClaims("learner-1");
        assertThat(none).isEqualTo(AcceptanceClaims.none("learner-1"));
        AcceptanceClaims.Claim claim = new AcceptanceClaims.Claim("application-1",
                new DateRange(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26)), T0);

        AcceptanceClaims saved = learners.saveAcceptanceClaims(none.with(claim, c -> false));

        assertThat(saved.revision()).isEqualTo(1);
        assertThat(learners.acceptanceClaims("learner-1")).isEqualTo(saved);
        assertThatThrownBy(() -> learners.saveAcceptanceClaims(none.with(claim, c -> false)))
                .as("a second writer of revision 0").isInstanceOf(ConcurrentUpdateException.class);
        assertThat(learners.saveAcceptanceClaims(saved.without("application-1")))
                .isEqualTo(new AcceptanceClaims("learner-1", List.of(), 2));
        assertThat(learners.findById("learner-1")).get().as("the profile and its version are untouched")
                .usingRecursiveComparison().isEqualTo(learner);
    }

    @Test
    void profileWritesKeepTheAcceptanceClaims() {
        Learner learner = learners.insert(minimalLearner("learner-1", "ana@example.fr"), Fixtures.event());
        AcceptanceClaims saved = learners.saveAcceptanceClaims(AcceptanceClaims.none("learner-1").with(
                new AcceptanceClaims.Claim("application-1", new DateRange(LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 3, 26)), T0), c -> false));

        learners.update(learner.claimedBy("sub-ana", T0.plusSeconds(1)), Fixtures.event());

        assertThat(learners.acceptanceClaims("learner-1")).isEqualTo(saved);
    }

    @Test
    void claimsOfAMissingLearnerAreNoneAndCannotBeWritten() {
        AcceptanceClaims none = learners.acceptanceClaims("nobody");

        assertThat(none).isEqualTo(AcceptanceClaims.none("nobody"));
        assertThatThrownBy(() -> learners.saveAcceptanceClaims(none.with(new AcceptanceClaims.Claim("application-1",
                new DateRange(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26)), T0), c -> false)))
                .isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void learnerWithEveryFieldIsReadBackExactly() {
        Learner learner = fullLearner("learner-1");

        Learner inserted = learners.insert(learner, Fixtures.event());

        assertThat(inserted).usingRecursiveComparison().isEqualTo(learner);
        assertThat(learners.findById("learner-1")).get().usingRecursiveComparison().isEqualTo(learner);
        assertThat(learners.findAllById(List.of("learner-1", "unknown")))
                .usingRecursiveComparison().isEqualTo(List.of(learner));
        assertThat(learners.findBySubject("sub-learner-1")).get().usingRecursiveComparison().isEqualTo(learner);
    }

    @Test
    void namesAreReadWithWhatDecidesWhoMayReadThem() {
        Learner full = learners.insert(fullLearner("learner-1"), Fixtures.event());
        Learner minimal = learners.insert(minimalLearner("learner-2", "ana@example.fr"), Fixtures.event());

        assertThat(learners.findNames(List.of("learner-1", "learner-2", "unknown")))
                .containsExactlyInAnyOrder(LearnerName.of(full), LearnerName.of(minimal));
        assertThat(LearnerName.of(full).subject()).isEqualTo("sub-learner-1");
        assertThat(learners.findNames(List.of())).isEmpty();
    }

    @Test
    void minimalLearnerIsReadBackWithTheSameNullsAndEmptyLists() {
        Learner learner = minimalLearner("learner-1", "ana@example.fr");

        Learner inserted = learners.insert(learner, Fixtures.event());

        assertThat(inserted).usingRecursiveComparison().isEqualTo(learner);
        assertThat(learners.findById("learner-1")).get().usingRecursiveComparison().isEqualTo(learner);
    }

    @Test
    void insertReturnsExactlyWhatALaterReadGivesEvenForInstantsFinerThanAMillisecond() {
        Learner registered = Learner.register("learner-1", null, identity("Ana", "Lopez", "ana@example.fr"),
                LearnerType.STUDENT, ArrivalSource.SCHOOL_STAFF, Academic.NONE, "sub-staff",
                Instant.parse("2026-01-01T10:00:00.123456Z"));

        Learner inserted = learners.insert(registered, Fixtures.event());

        assertThat(learners.findById("learner-1")).get().usingRecursiveComparison().isEqualTo(inserted);
        assertThat(inserted.createdAt()).isEqualTo(Instant.parse("2026-01-01T10:00:00.123Z"));
    }

    @Test
    void storedDocumentCarriesTheDerivedSearchFieldsAndIsoDates() {
        learners.insert(fullLearner("learner-1"), Fixtures.event());

        Document stored = TestDatabase.raw(mongo, COLLECTION, "learner-1");

        assertThat(stored.getString("nameKey")).isEqualTo("lefevre-dupre zoe");
        assertThat(stored.getList("skillCodes", String.class)).containsExactly("auto-diagnostic", "elec-b1vl");
        assertThat(stored.get("graduationYearKey")).isEqualTo(2027L);
        assertThat(stored.getString("enrolmentKey")).isEqualTo("school-a/E-2024-001");
        assertThat(stored.get("identity", Document.class).get("birthDate")).isEqualTo("2004-05-17");
        assertThat(stored.get("career", Document.class).get("salaryExpectation", Document.class))
                .isEqualTo(new Document("amountInMinorUnits", 180_000L).append("currency", "EUR"));
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "learner-1")).hasSize(1);
    }

    @Test
    void absentSubjectAndEnrolmentAreLeftOutOfTheDocumentNotStoredAsNull() {
        learners.insert(minimalLearner("learner-1", "ana@example.fr"), Fixtures.event());
        learners.insert(learner("learner-2", "Bob", "Martin", "school-a", null, null), Fixtures.event());

        for (String id : List.of("learner-1", "learner-2")) {
            Document stored = TestDatabase.raw(mongo, COLLECTION, id);
            assertThat(stored).doesNotContainKeys("subject", "enrolmentKey");
            assertThat(stored.get("graduationYearKey")).isEqualTo(LearnerDocument.UNKNOWN_GRADUATION_YEAR);
        }
    }

    // ---------------------------------------------------------------- unique constraints

    @Test
    void subjectAndEnrolmentAreUniqueSparseIndexes() {
        List<IndexInfo> indexes = mongo.indexOps(COLLECTION).getIndexInfo();

        assertThat(indexes).filteredOn(IndexInfo::isUnique)
                .extracting(index -> index.getIndexFields().stream().map(IndexField::getKey).toList(),
                        IndexInfo::isSparse)
                .contains(tuple(List.of("subject"), true), tuple(List.of("enrolmentKey"), true));
    }

    @Test
    void manyLearnersMayHaveNeitherSubjectNorEnrolment() {
        learners.insert(minimalLearner("learner-1", "ana@example.fr"), Fixtures.event());
        learners.insert(minimalLearner("learner-2", "bob@example.fr"), Fixtures.event());
        learners.insert(learner("learner-3", "Carl", "Roy", "school-a", null, null), Fixtures.event());
        learners.insert(learner("learner-4", "Dina", "Roy", "school-a", null, null), Fixtures.event());

        assertThat(learners.findAllById(List.of("learner-1", "learner-2", "learner-3", "learner-4"))).hasSize(4);
    }

    @Test
    void secondProfileOfTheSameSubjectIsADuplicateSubject() {
        learners.insert(learner("learner-1", "Ana", "Lopez", null, null, "sub-ana"), Fixtures.event());

        assertThatThrownBy(() -> learners.insert(learner("learner-2", "Ana", "Lopez", "school-a", "E1", "sub-ana"),
                Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("subject"));
        assertThat(learners.findById("learner-2")).isEmpty();
    }

    @Test
    void sameExternalStudentIdTwiceInOneSchoolIsADuplicateExternalStudentId() {
        learners.insert(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null), Fixtures.event());

        assertThatThrownBy(() -> learners.insert(learner("learner-2", "Bob", "Martin", "school-a", "E1", "sub-bob"),
                Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo("externalStudentId"));
        assertThat(learners.findById("learner-2")).isEmpty();
    }

    @Test
    void sameExternalStudentIdMayBeUsedByAnotherSchool() {
        learners.insert(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null), Fixtures.event());

        learners.insert(learner("learner-2", "Bob", "Martin", "school-b", "E1", null), Fixtures.event());

        assertThat(learners.findAllById(List.of("learner-1", "learner-2"))).hasSize(2);
    }

    @Test
    void claimingWithASubjectThatOwnsAnotherProfileIsADuplicateSubjectAndChangesNothing() {
        learners.insert(learner("learner-1", "Ana", "Lopez", null, null, "sub-ana"), Fixtures.event());
        Learner unclaimed = learners.insert(learner("learner-2", "Ana", "Lopez", "school-a", "E1", null),
                Fixtures.event());

        assertThatThrownBy(() -> learners.update(unclaimed.claimedBy("sub-ana", T0.plusSeconds(1)), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("subject"));
        assertThat(learners.findById("learner-2")).get().usingRecursiveComparison().isEqualTo(unclaimed);
    }

    @Test
    void changingTheExternalStudentIdToAnotherLearnersIsADuplicateAndChangesNothing() {
        learners.insert(learner("learner-1", "Ana", "Lopez", "school-a", "E1", "sub-ana"), Fixtures.event());
        Learner other = learners.insert(learner("learner-2", "Bob", "Martin", "school-a", "E2", "sub-bob"),
                Fixtures.event());

        assertThatThrownBy(() -> learners.update(other.withAcademic(academic("school-a", "E1"), T0.plusSeconds(1)),
                Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo("externalStudentId"));
        assertThat(learners.findById("learner-2")).get().usingRecursiveComparison().isEqualTo(other);
    }

    @Test
    void removingAnExternalStudentIdFreesItAndLeavesTheFieldAbsent() {
        Learner first = learners.insert(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null),
                Fixtures.event());
        learners.insert(learner("learner-2", "Bob", "Martin", "school-a", null, null), Fixtures.event());

        learners.update(first.withAcademic(academic("school-a", null), T0.plusSeconds(1)), Fixtures.event());
        learners.insert(learner("learner-3", "Carl", "Roy", "school-a", "E1", null), Fixtures.event());

        assertThat(TestDatabase.raw(mongo, COLLECTION, "learner-1")).doesNotContainKey("enrolmentKey");
        assertThat(learners.findBySchoolAndExternalIds("school-a", List.of("E1")))
                .extracting(Learner::id).containsExactly("learner-3");
    }

    // ---------------------------------------------------------------- optimistic locking

    @Test
    void updateBasedOnTheStoredVersionStoresTheChangeAndIncrementsTheVersion() {
        Learner inserted = learners.insert(fullLearner("learner-1"), Fixtures.event());

        Learner updated = learners.update(inserted.withAcademic(academic("school-a", "E-9"), T0.plusSeconds(5)),
                Fixtures.event());
        Learner updatedAgain = learners.update(updated.withoutSkill("elec-b1vl", T0.plusSeconds(6)), Fixtures.event());

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updatedAgain.version()).isEqualTo(2);
        assertThat(learners.findById("learner-1")).get().usingRecursiveComparison().isEqualTo(updatedAgain);
        assertThat(TestDatabase.raw(mongo, COLLECTION, "learner-1").getList("skillCodes", String.class))
                .containsExactly("auto-diagnostic");
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "learner-1")).hasSize(3);
    }

    @Test
    void updateBasedOnAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        Learner inserted = learners.insert(fullLearner("learner-1"), Fixtures.event());
        Learner winner = learners.update(inserted.withAcademic(academic("school-a", "E-9"), T0.plusSeconds(5)),
                Fixtures.event());

        assertThatThrownBy(() -> learners.update(inserted.withAcademic(academic("school-a", "E-10"),
                T0.plusSeconds(6)), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(learners.findById("learner-1")).get().usingRecursiveComparison().isEqualTo(winner);
    }

    @Test
    void updateNeverCreatesALearnerThatIsNotStored() {
        assertThatThrownBy(() -> learners.update(minimalLearner("learner-1", "ana@example.fr"), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(learners.findById("learner-1")).isEmpty();
    }

    // ---------------------------------------------------------------- lookups

    @Test
    void findBySubjectFindsOnlyThatSubjectsProfile() {
        Learner ana = learners.insert(learner("learner-1", "Ana", "Lopez", null, null, "sub-ana"), Fixtures.event());
        learners.insert(learner("learner-2", "Bob", "Martin", null, null, "sub-bob"), Fixtures.event());
        learners.insert(learner("learner-3", "Carl", "Roy", null, null, null), Fixtures.event());

        assertThat(learners.findBySubject("sub-ana")).get().usingRecursiveComparison().isEqualTo(ana);
        assertThat(learners.findBySubject("sub-nobody")).isEmpty();
        assertThat(learners.findBySubject(null)).isEmpty();
    }

    @Test
    void findUnclaimedByEmailReturnsOnlyProfilesWithoutSubjectUpToTheLimit() {
        learners.insert(withEmail(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null), "ana@example.fr"),
                Fixtures.event());
        learners.insert(withEmail(learner("learner-2", "Ana", "Lopez", null, null, null), "ana@example.fr"),
                Fixtures.event());
        learners.insert(withEmail(learner("learner-3", "Ana", "Lopez", "school-b", "E1", "sub-ana"), "ana@example.fr"),
                Fixtures.event());
        learners.insert(withEmail(learner("learner-4", "Bob", "Martin", null, null, null), "bob@example.fr"),
                Fixtures.event());
        EmailAddress ana = EmailAddress.of("ana@example.fr");

        assertThat(learners.findUnclaimedByEmail(ana, 10)).extracting(Learner::id)
                .containsExactlyInAnyOrder("learner-1", "learner-2");
        assertThat(learners.findUnclaimedByEmail(ana, 1)).hasSize(1).extracting(Learner::id)
                .isSubsetOf("learner-1", "learner-2");
        assertThat(learners.findUnclaimedByEmail(ana, 0)).isEmpty();
        assertThat(learners.findUnclaimedByEmail(EmailAddress.of("carl@example.fr"), 10)).isEmpty();
    }

    @Test
    void findUnclaimedByEmailInSchoolReturnsOnlyThatSchoolsUnclaimedProfiles() {
        learners.insert(withEmail(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null), "ana@example.fr"),
                Fixtures.event());
        learners.insert(withEmail(learner("learner-2", "Ana", "Lopez", "school-b", "E1", null), "ana@example.fr"),
                Fixtures.event());
        learners.insert(withEmail(learner("learner-3", "Ana", "Lopez", "school-c", "E1", "sub-ana"), "ana@example.fr"),
                Fixtures.event());
        learners.insert(withEmail(learner("learner-4", "Bob", "Martin", "school-b", "E2", null), "bob@example.fr"),
                Fixtures.event());
        EmailAddress ana = EmailAddress.of("ana@example.fr");

        assertThat(learners.findUnclaimedByEmailInSchool(ana, "school-b", 10)).extracting(Learner::id)
                .containsExactly("learner-2");
        assertThat(learners.findUnclaimedByEmailInSchool(ana, "school-c", 10)).isEmpty();
        assertThat(learners.findUnclaimedByEmailInSchool(ana, "school-z", 10)).isEmpty();
        assertThat(learners.findUnclaimedByEmailInSchool(ana, "school-a", 0)).isEmpty();
    }

    @Test
    void aClaimedProfileIsNoLongerUnclaimed() {
        Learner unclaimed = learners.insert(withEmail(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null),
                "ana@example.fr"), Fixtures.event());

        learners.update(unclaimed.claimedBy("sub-ana", T0.plusSeconds(1)), Fixtures.event());

        assertThat(learners.findUnclaimedByEmail(EmailAddress.of("ana@example.fr"), 10)).isEmpty();
        assertThat(learners.findBySubject("sub-ana")).get().extracting(Learner::id).isEqualTo("learner-1");
    }

    @Test
    void findBySchoolAndExternalIdsReturnsThatSchoolsLearnersWithThoseIds() {
        Learner e1 = learners.insert(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null), Fixtures.event());
        learners.insert(learner("learner-2", "Bob", "Martin", "school-a", "E2", null), Fixtures.event());
        Learner e3 = learners.insert(learner("learner-3", "Carl", "Roy", "school-a", "E3", null), Fixtures.event());
        learners.insert(learner("learner-4", "Dina", "Roy", "school-b", "E1", null), Fixtures.event());
        learners.insert(learner("learner-5", "Eva", "Roy", "school-a", null, null), Fixtures.event());

        assertThat(learners.findBySchoolAndExternalIds("school-a", List.of("E3", "E1", "E9", "E1")))
                .usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(List.of(e1, e3));
        assertThat(learners.findBySchoolAndExternalIds("school-a", List.of())).isEmpty();
        assertThat(learners.findBySchoolAndExternalIds("school-z", List.of("E1"))).isEmpty();
    }

    // ---------------------------------------------------------------- filters

    @Test
    void withoutFilterOrRestrictionEveryLearnerIsListed() {
        List<Learner> all = insertRoster();

        assertThat(searchIds(LearnerFilter.NONE, null)).containsExactlyInAnyOrderElementsOf(ids(all));
    }

    @Test
    void programCodeFilterKeepsThatProgramsLearners() {
        List<Learner> all = insertRoster();
        LearnerFilter filter = new LearnerFilter("BTS-AV", null, List.of(), null, null, null, null);

        assertFilter(all, filter, null, l -> "BTS-AV".equals(l.academic().programCode()));
    }

    @Test
    void graduationYearFilterKeepsThatYearsLearners() {
        List<Learner> all = insertRoster();
        LearnerFilter filter = new LearnerFilter(null, 2026, List.of(), null, null, null, null);

        assertFilter(all, filter, null, l -> Integer.valueOf(2026).equals(l.academic().graduationYear()));
    }

    @Test
    void skillsFilterKeepsLearnersHoldingEveryOneOfTheSkills() {
        List<Learner> all = insertRoster();
        LearnerFilter both = new LearnerFilter(null, null, List.of("auto-diagnostic", "elec-b1vl"), null, null, null,
                null);
        LearnerFilter one = new LearnerFilter(null, null, List.of("pro-tools"), null, null, null, null);

        assertFilter(all, both, null, l -> skillCodes(l).containsAll(List.of("auto-diagnostic", "elec-b1vl")));
        assertFilter(all, one, null, l -> skillCodes(l).contains("pro-tools"));
    }

    @Test
    void readinessRangeIsInclusiveAtBothEnds() {
        List<Learner> all = insertRoster();

        assertFilter(all, new LearnerFilter(null, null, List.of(), 25, 50, null, null), null,
                l -> l.readinessScore() >= 25 && l.readinessScore() <= 50);
        assertFilter(all, new LearnerFilter(null, null, List.of(), 50, null, null, null), null,
                l -> l.readinessScore() >= 50);
        assertFilter(all, new LearnerFilter(null, null, List.of(), null, 25, null, null), null,
                l -> l.readinessScore() <= 25);
        assertFilter(all, new LearnerFilter(null, null, List.of(), 75, 75, null, null), null,
                l -> l.readinessScore() == 75);
    }

    @Test
    void statusFilterKeepsLearnersInThatStatus() {
        List<Learner> all = insertRoster();
        LearnerFilter filter = new LearnerFilter(null, null, List.of(), null, null, LearnerStatus.GRADUATED, null);

        assertFilter(all, filter, null, l -> l.status() == LearnerStatus.GRADUATED);
    }

    @Test
    void nameFilterMatchesAFragmentOfLastThenFirstNameIgnoringCaseAndAccents() {
        insertRoster();

        assertThat(namesMatching("DUPONT")).containsExactly("Dupont Jean", "Dupont-Moretti Éric");
        assertThat(namesMatching("cote")).containsExactly("Côté Hugo", "Cote Inès");
        assertThat(namesMatching("  ÉLUARD   p")).containsExactly("Éluard Paul");
        assertThat(namesMatching("lefevre zo")).containsExactlyInAnyOrder("Lefèvre Zoé", "lefevre zoe");
        assertThat(namesMatching("ngo bao")).containsExactly("Ngô Bảo");
        assertThat(namesMatching("a.e")).isEmpty(); // quoted: the dot is not a wildcard
        assertThat(namesMatching("(")).isEmpty();
    }

    @Test
    void onlySchoolIdsRestrictsToThoseSchoolsAndEmptyMeansNothing() {
        List<Learner> all = insertRoster();

        assertFilter(all, LearnerFilter.NONE, Set.of("school-a", "school-c", "school-z"),
                l -> inSchools(l, Set.of("school-a", "school-c")));
        Page<Learner> none = learners.search(LearnerFilter.NONE, Set.of(), byName(true), Paging.first(100, null));
        assertThat(none.items()).isEmpty();
        assertThat(none.hasNextPage()).isFalse();
    }

    @Test
    void filtersCombine() {
        List<Learner> all = insertRoster();
        LearnerFilter filter = new LearnerFilter(null, null, List.of("auto-diagnostic"), 0, 50, null, "e");

        assertFilter(all, filter, Set.of("school-a", "school-b"),
                l -> inSchools(l, Set.of("school-a", "school-b"))
                        && skillCodes(l).contains("auto-diagnostic") && l.readinessScore() <= 50
                        && nameKey(l).contains("e"));
    }

    // ---------------------------------------------------------------- orders and keyset paging

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"NAME, true, 3", "NAME, false, 4", "GRADUATION_YEAR, true, 3", "GRADUATION_YEAR, false, 2",
            "READINESS, true, 4", "READINESS, false, 3", "CREATED_AT, true, 5", "CREATED_AT, false, 1"})
    void readingForwardPageAfterPageGivesTheWholeOrderWithoutGapsOrDuplicates(LearnerOrderField field,
                                                                              boolean ascending, int size) {
        List<Learner> all = insertRoster();

        List<String> read = readForward(LearnerFilter.NONE, null, new Sort<>(field, ascending), size, all.size());

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending, l -> true));
    }

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"NAME, true, 3", "NAME, false, 5", "GRADUATION_YEAR, true, 4", "GRADUATION_YEAR, false, 3",
            "READINESS, true, 2", "READINESS, false, 4", "CREATED_AT, true, 3", "CREATED_AT, false, 2"})
    void readingBackwardFromTheEndGivesTheWholeOrderWithoutGapsOrDuplicates(LearnerOrderField field,
                                                                            boolean ascending, int size) {
        List<Learner> all = insertRoster();
        Sort<LearnerOrderField> sort = new Sort<>(field, ascending);

        List<String> read = new ArrayList<>();
        Keyset before = null;
        for (int pages = 0; ; pages++) {
            if (pages > all.size()) {
                fail("paging does not end");
            }
            Page<Learner> page = learners.search(LearnerFilter.NONE, null, sort, Paging.last(size, before));
            assertKeysDescribeItems(page, field);
            assertThat(page.hasNextPage()).as("hasNextPage of page %d", pages).isEqualTo(before != null);
            read.addAll(0, ids(page.items()));
            if (!page.hasPreviousPage()) {
                break;
            }
            assertThat(page.items()).as("a page that says more precede is full").hasSize(size);
            before = page.keys().get(0);
        }

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending, l -> true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NAME", "GRADUATION_YEAR", "READINESS", "CREATED_AT"})
    void filteredRosterPagesInOrderWithinTheSchools(LearnerOrderField field) {
        List<Learner> all = insertRoster();
        Set<String> schools = Set.of("school-a", "school-b");
        LearnerFilter filter = new LearnerFilter(null, null, List.of(), null, 75, null, null);
        Predicate<Learner> matches = l -> inSchools(l, schools) && l.readinessScore() <= 75;

        List<String> read = readForward(filter, schools, new Sort<>(field, true), 2, all.size());

        assertThat(read).hasSizeGreaterThan(2)
                .containsExactlyElementsOf(expectedOrder(all, field, true, matches));
    }

    @Test
    void learnersWithoutGraduationYearComeAfterEveryYearAscendingAndBeforeDescending() {
        List<Learner> all = insertRoster();
        long withoutYear = all.stream().filter(l -> l.academic().graduationYear() == null).count();
        Sort<LearnerOrderField> ascending = new Sort<>(LearnerOrderField.GRADUATION_YEAR, true);
        Sort<LearnerOrderField> descending = new Sort<>(LearnerOrderField.GRADUATION_YEAR, false);

        List<Learner> up = learners.search(LearnerFilter.NONE, null, ascending, Paging.first(100, null)).items();
        List<Learner> down = learners.search(LearnerFilter.NONE, null, descending, Paging.first(100, null)).items();

        assertThat(withoutYear).isGreaterThan(1);
        assertThat(up.subList(up.size() - (int) withoutYear, up.size()))
                .allSatisfy(l -> assertThat(l.academic().graduationYear()).isNull());
        assertThat(down.subList(0, (int) withoutYear))
                .allSatisfy(l -> assertThat(l.academic().graduationYear()).isNull());
        assertThat(up.get(0).academic().graduationYear()).isEqualTo(2025);
    }

    @Test
    void numericCursorTakesAnyIntegralValueButNotText() {
        insertRoster();
        Sort<LearnerOrderField> byReadiness = new Sort<>(LearnerOrderField.READINESS, true);
        Page<Learner> first = learners.search(LearnerFilter.NONE, null, byReadiness, Paging.first(5, null));
        Keyset last = first.keys().get(4);

        Page<Learner> fromLong = learners.search(LearnerFilter.NONE, null, byReadiness, Paging.first(5, last));
        Page<Learner> fromInteger = learners.search(LearnerFilter.NONE, null, byReadiness,
                Paging.first(5, new Keyset(((Long) last.sortValue()).intValue(), last.id())));

        assertThat(ids(fromLong.items())).hasSize(5);
        assertThat(ids(fromInteger.items())).isEqualTo(ids(fromLong.items()));
        assertThatThrownBy(() -> learners.search(LearnerFilter.NONE, null, byReadiness,
                Paging.first(5, new Keyset(last.sortValue().toString(), last.id()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageOfSizeZeroHoldsNoItemsButSaysWhetherAnyFollow() {
        assertThat(learners.search(LearnerFilter.NONE, null, byName(true), Paging.first(0, null)).hasNextPage())
                .isFalse();
        insertRoster();

        Page<Learner> page = learners.search(LearnerFilter.NONE, null, byName(true), Paging.first(0, null));

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Inserts the 14 named learners in an order unrelated to their names, with ids unrelated to both; schools,
     * programs, years (some missing), readiness, statuses, skills and creation times (some shared) vary by name.
     */
    private List<Learner> insertRoster() {
        int n = NAMES_IN_ORDER.size();
        List<Learner> inserted = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int k = (j * 5) % n;
            String[] name = NAMES_IN_ORDER.get(k);
            String id = "learner-%02d".formatted((k * 3) % n);
            String school = SCHOOLS[k % SCHOOLS.length];
            Academic academic = new Academic(school, school == null ? null : "S" + k,
                    school == null ? null : (k % 2 == 0 ? "BTS-AV" : "CAP-MV"), YEARS[k % YEARS.length],
                    List.of(), List.of(), List.of());
            List<LearnerSkill> skills = new ArrayList<>();
            if (k % 2 == 0) {
                skills.add(skill("auto-diagnostic"));
            }
            if (k % 3 == 0) {
                skills.add(skill("elec-b1vl"));
            }
            if (k % 5 == 0) {
                skills.add(skill("pro-tools"));
            }
            Instant createdAt = T0.plusSeconds(j / 3);
            Learner learner = new Learner(id, k % 2 == 1 ? "sub-" + k : null, null,
                    identity(name[1], name[0], "learner" + k + "@example.fr"), LearnerType.STUDENT,
                    STATUSES[k % STATUSES.length], ArrivalSource.SCHOOL_IMPORT, academic, skills, Background.NONE,
                    CareerPreferences.NONE, (k * 7) % 4 * 25, "sub-creator", createdAt, createdAt, 0);
            inserted.add(learners.insert(learner, Fixtures.event()));
        }
        return inserted;
    }

    private List<String> readForward(LearnerFilter filter, Set<String> schools, Sort<LearnerOrderField> sort,
                                     int size, int max) {
        List<String> read = new ArrayList<>();
        Keyset after = null;
        for (int pages = 0; ; pages++) {
            if (pages > max) {
                fail("paging does not end");
            }
            Page<Learner> page = learners.search(filter, schools, sort, Paging.first(size, after));
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

    /** The ids in the order the port promises: the field, then the id, both in the sort's direction. */
    private static List<String> expectedOrder(List<Learner> all, LearnerOrderField field, boolean ascending,
                                              Predicate<Learner> filter) {
        Comparator<Learner> order = switch (field) {
            case NAME -> Comparator.comparingInt(LearnersContract::nameRank);
            case GRADUATION_YEAR -> Comparator.comparing(l -> l.academic().graduationYear(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case READINESS -> Comparator.comparingInt(Learner::readinessScore);
            case CREATED_AT -> Comparator.comparing(Learner::createdAt);
        };
        order = order.thenComparing(Learner::id);
        return all.stream().filter(filter).sorted(ascending ? order : order.reversed()).map(Learner::id).toList();
    }

    /** The position of the learner's name in {@link #NAMES_IN_ORDER}; the two Zoé Lefèvre share one. */
    private static int nameRank(Learner learner) {
        for (int i = 0; i < NAMES_IN_ORDER.size(); i++) {
            String[] name = NAMES_IN_ORDER.get(i);
            if (name[0].equals(learner.identity().lastName()) && name[1].equals(learner.identity().firstName())) {
                return i == 10 ? 9 : i;
            }
        }
        throw new IllegalArgumentException(learner.identity().displayName());
    }

    /** Every item comes with the keyset a client would page from: its sort value and its id. */
    private static void assertKeysDescribeItems(Page<Learner> page, LearnerOrderField field) {
        assertThat(page.keys()).hasSameSizeAs(page.items());
        for (int i = 0; i < page.items().size(); i++) {
            Learner learner = page.items().get(i);
            Integer year = learner.academic().graduationYear();
            Object sortValue = switch (field) {
                case NAME -> nameKey(learner);
                case GRADUATION_YEAR -> year == null ? LearnerDocument.UNKNOWN_GRADUATION_YEAR : (long) year;
                case READINESS -> (long) learner.readinessScore();
                case CREATED_AT -> learner.createdAt();
            };
            assertThat(page.keys().get(i)).isEqualTo(new Keyset(sortValue, learner.id()));
        }
    }

    private void assertFilter(List<Learner> all, LearnerFilter filter, Set<String> schools,
                              Predicate<Learner> matches) {
        List<String> expected = expectedOrder(all, LearnerOrderField.NAME, true, matches);
        assertThat(expected).as("the filter keeps some learners and drops others")
                .isNotEmpty().hasSizeLessThan(all.size());
        assertThat(searchIds(filter, schools)).containsExactlyElementsOf(expected);
    }

    private List<String> searchIds(LearnerFilter filter, Set<String> schools) {
        return ids(learners.search(filter, schools, byName(true), Paging.first(100, null)).items());
    }

    private List<String> namesMatching(String fragment) {
        return learners.search(new LearnerFilter(null, null, List.of(), null, null, null, fragment), null,
                byName(true), Paging.first(100, null)).items().stream()
                .map(l -> l.identity().lastName() + " " + l.identity().firstName()).toList();
    }

    private static Sort<LearnerOrderField> byName(boolean ascending) {
        return new Sort<>(LearnerOrderField.NAME, ascending);
    }

    private static String nameKey(Learner learner) {
        return SearchKeys.normalize(learner.identity().lastName() + " " + learner.identity().firstName());
    }

    /** (The sets of {@code Set.of} refuse to even look for null.) */
    private static boolean inSchools(Learner learner, Set<String> schools) {
        return learner.academic().schoolId() != null && schools.contains(learner.academic().schoolId());
    }

    private static List<String> skillCodes(Learner learner) {
        return learner.skills().stream().map(LearnerSkill::code).toList();
    }

    private static List<String> ids(List<Learner> items) {
        return items.stream().map(Learner::id).toList();
    }

    private static LearnerIdentity identity(String firstName, String lastName, String email) {
        return new LearnerIdentity(firstName, lastName, EmailAddress.of(email), null, null, null);
    }

    @Test
    void aDetachedProfileIsNoLongerClaimableButStaysListedWithItsDetachment() {
        Learner unclaimed = learners.insert(withEmail(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null),
                "ana@example.fr"), Fixtures.event());

        Learner detached = learners.update(unclaimed.detached("duplicate of another school's student", "sub-advisor",
                T0.plusSeconds(1)), Fixtures.event());

        assertThat(learners.findById("learner-1")).contains(detached);
        assertThat(detached.detachment().mergedInto()).isNull();
        EmailAddress ana = EmailAddress.of("ana@example.fr");
        assertThat(learners.findUnclaimedByEmail(ana, 10)).isEmpty();
        assertThat(learners.findUnclaimedByEmailInSchool(ana, "school-a", 10)).isEmpty();
        assertThat(ids(learners.search(LearnerFilter.NONE, Set.of("school-a"), byName(true), Paging.first(10, null))
                .items())).containsExactly("learner-1");
    }

    @Test
    void aMergedProfileIsKeptButNeitherClaimableListedNorMatched() {
        learners.insert(withEmail(learner("learner-1", "Ana", "Lopez", "school-a", "E1", null), "ana@example.fr"),
                Fixtures.event());
        Learner twice = learners.insert(withEmail(learner("learner-2", "Ana", "Lopez", "school-a", "E2", null),
                "ana@example.fr"), Fixtures.event());

        Learner merged = learners.update(twice.mergedInto("learner-1", "sub-advisor", T0.plusSeconds(1)),
                Fixtures.event());

        assertThat(learners.findById("learner-2")).contains(merged);
        assertThat(merged.detachment().mergedInto()).isEqualTo("learner-1");
        assertThat(learners.findUnclaimedByEmail(EmailAddress.of("ana@example.fr"), 10)).extracting(Learner::id)
                .containsExactly("learner-1");
        assertThat(ids(learners.search(LearnerFilter.NONE, null, byName(true), Paging.first(10, null)).items()))
                .containsExactly("learner-1");
        assertThat(learners.matchCandidates(null, Set.of(), 10)).extracting(Learner::id).containsExactly("learner-1");
    }

    private static LearnerSkill skill(String code) {
        return new LearnerSkill(code, ProficiencyLevel.INTERMEDIATE, List.of(), null);
    }

    private static Academic academic(String schoolId, String externalStudentId) {
        return new Academic(schoolId, externalStudentId, null, null, List.of(), List.of(), List.of());
    }

    /** A learner with only what the domain requires: independent, unclaimed, nothing else. */
    private static Learner minimalLearner(String id, String email) {
        return new Learner(id, null, null, identity("Ana", "Lopez", email), LearnerType.JOB_SEEKER,
                LearnerStatus.PROSPECT, ArrivalSource.ADVISOR, Academic.NONE, List.of(), Background.NONE,
                CareerPreferences.NONE, 0, "sub-advisor", T0, T0, 0);
    }

    private static Learner learner(String id, String firstName, String lastName, String schoolId,
                                   String externalStudentId, String subject) {
        return new Learner(id, subject, null, identity(firstName, lastName, id + "@example.fr"), LearnerType.STUDENT,
                LearnerStatus.ENROLLED, ArrivalSource.SCHOOL_STAFF, academic(schoolId, externalStudentId), List.of(),
                Background.NONE, CareerPreferences.NONE, 0, "sub-staff", T0, T0, 0);
    }

    private static Learner withEmail(Learner learner, String email) {
        LearnerIdentity i = learner.identity();
        return new Learner(learner.id(), learner.subject(), learner.detachment(),
                new LearnerIdentity(i.firstName(), i.lastName(), EmailAddress.of(email), i.phone(), i.birthDate(),
                        i.address()),
                learner.type(), learner.status(), learner.source(), learner.academic(), learner.skills(),
                learner.background(), learner.career(), learner.readinessScore(), learner.createdBy(),
                learner.createdAt(), learner.updatedAt(), learner.version());
    }

    /** A learner with every field set, nested values and lists included, and both null and set optional dates. */
    private static Learner fullLearner(String id) {
        var identity = new LearnerIdentity("Zoé", "Lefèvre-Dupré", EmailAddress.of("zoe.lefevre@example.fr"),
                "+33612345678", LocalDate.of(2004, 5, 17),
                new Address("12 rue des Lilas", "75011", "Paris", "FR", new GeoPoint(48.856614, 2.3522219)));
        var academic = new Academic("school-a", "E-2024-001", "BTS-AV", 2027, List.of("Mixage", "Prise de son"),
                List.of(new Academic.Project("Court métrage", "Mixage d'un court métrage", 2025,
                                WebAddress.of("https://portfolio.example.fr/court?lang=fr")),
                        new Academic.Project("Podcast", null, null, null)),
                List.of(new Academic.Language("fr", CefrLevel.NATIVE), new Academic.Language("en", CefrLevel.B2)));
        var skills = List.of(
                new LearnerSkill("auto-diagnostic", ProficiencyLevel.ADVANCED,
                        List.of(new LearnerSkill.Evidence(LearnerSkill.EvidenceKind.PROJECT, "Diagnostic Clio",
                                        WebAddress.of("https://portfolio.example.fr/clio")),
                                new LearnerSkill.Evidence(LearnerSkill.EvidenceKind.ASSESSMENT, "Évaluation", null)),
                        null),
                new LearnerSkill("elec-b1vl", ProficiencyLevel.BEGINNER, List.of(), LocalDate.of(2028, 6, 30)));
        var background = new Background(
                List.of(new Background.Certification("CACES R489", "AFPA", LocalDate.of(2024, 3, 1),
                                LocalDate.of(2029, 3, 1)),
                        new Background.Certification("Bac Pro", "Éducation nationale", LocalDate.of(2022, 7, 5), null)),
                List.of(new Background.Experience("Stagiaire son", "Studio Nord", Background.ExperienceKind.INTERNSHIP,
                                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 28), "Prise de son en studio"),
                        new Background.Experience("Régisseuse", "Théâtre Zénith",
                                Background.ExperienceKind.APPRENTICESHIP, LocalDate.of(2025, 9, 1), null, null)),
                List.of(WebAddress.of("https://portfolio.example.fr"), WebAddress.of("http://old.example.com/zoe")));
        var career = new CareerPreferences(List.of("Ingénieure du son", "Régisseuse"), List.of("Spectacle vivant"),
                new CareerPreferences.Mobility(new GeoPoint(45.7597, 4.8422), 40, true, false),
                List.of(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                        new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1))),
                new Money(180_000L, Currency.getInstance("EUR")));
        return new Learner(id, "sub-" + id, null, identity, LearnerType.STUDENT, LearnerStatus.IN_INTERNSHIP,
                ArrivalSource.SCHOOL_IMPORT, academic, skills, background, career, 64, "sub-school-staff", T0,
                T0.plusMillis(86_400_007), 0);
    }
}
