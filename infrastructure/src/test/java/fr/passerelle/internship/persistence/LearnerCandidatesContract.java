package fr.passerelle.internship.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.testing.TestDatabase;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The learners an offer is scored against ({@link Learners#matchCandidates}): the read the matching of offers to
 * learners starts from, asserted against whichever database a subclass configures.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class LearnerCandidatesContract {

    private static final List<String> EVERYONE = List.of("learner-1", "learner-2", "learner-3", "learner-4",
            "learner-5", "learner-6", "learner-7");

    @Autowired
    private Learners learners;

    @Autowired
    private MongoOperations mongo;

    private List<Learner> inserted;

    @BeforeEach
    void insertLearnersOfSeveralSchoolsAndIndependents() {
        TestDatabase.clear(mongo);
        inserted = List.of(
                learner("learner-1", "school-a", "auto-diagnostic"),
                learner("learner-2", "school-a", "sound-mixing", "pro-tools"),
                learner("learner-3", "school-b", "auto-diagnostic", "elec-b1vl"),
                learner("learner-4", "school-b"),
                learner("learner-5", null, "sound-mixing"),
                learner("learner-6", null),
                learner("learner-7", "school-c", "video-editing"))
                .stream().map(learner -> learners.insert(learner, Fixtures.event())).toList();
    }

    @Test
    void withoutRestrictionEveryLearnerIsACandidateReadBackWhole() {
        List<Learner> candidates = learners.matchCandidates(null, Set.of(), 100);

        assertThat(candidates).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(inserted);
    }

    @Test
    void schoolsRestrictToTheirLearnersAndLeaveOutIndependentOnes() {
        assertThat(ids(null, Set.of())).containsExactlyInAnyOrderElementsOf(EVERYONE);
        assertThat(ids(Set.of("school-a"), Set.of())).containsExactlyInAnyOrder("learner-1", "learner-2");
        assertThat(ids(Set.of("school-a", "school-c", "school-z"), Set.of()))
                .containsExactlyInAnyOrder("learner-1", "learner-2", "learner-7");
        assertThat(ids(Set.of("school-z"), Set.of())).isEmpty();
    }

    @Test
    void noSchoolAtAllMeansNoCandidate() {
        assertThat(learners.matchCandidates(Set.of(), Set.of(), 100)).isEmpty();
        assertThat(learners.matchCandidates(Set.of(), Set.of("auto-diagnostic"), 100)).isEmpty();
    }

    @Test
    void skillCodesKeepLearnersHoldingAnyOfThem() {
        assertThat(ids(null, Set.of("auto-diagnostic", "sound-mixing")))
                .containsExactlyInAnyOrder("learner-1", "learner-2", "learner-3", "learner-5");
        assertThat(ids(null, Set.of("pro-tools"))).containsExactly("learner-2");
        assertThat(ids(null, Set.of("grandma3"))).isEmpty();
    }

    @Test
    void schoolsAndSkillsCombine() {
        assertThat(ids(Set.of("school-b"), Set.of("auto-diagnostic", "sound-mixing"))).containsExactly("learner-3");
        assertThat(ids(Set.of("school-a", "school-b"), Set.of("sound-mixing", "elec-b1vl")))
                .containsExactlyInAnyOrder("learner-2", "learner-3");
    }

    @Test
    void limitIsRespected() {
        assertThat(learners.matchCandidates(null, Set.of(), 3)).hasSize(3).extracting(Learner::id)
                .doesNotHaveDuplicates().isSubsetOf(EVERYONE);
        assertThat(learners.matchCandidates(Set.of("school-a", "school-b"), Set.of(), 1)).hasSize(1)
                .extracting(Learner::id).isSubsetOf("learner-1", "learner-2", "learner-3", "learner-4");
        assertThat(learners.matchCandidates(null, Set.of(), 0)).isEmpty();
    }

    private List<String> ids(Set<String> schools, Set<String> skills) {
        return learners.matchCandidates(schools == null ? null : new HashSet<>(schools), skills, 100).stream()
                .map(Learner::id).toList();
    }

    private static Learner learner(String id, String schoolId, String... skillCodes) {
        var identity = new LearnerIdentity("Ana", "Lopez", EmailAddress.of(id + "@example.fr"), null, null, null);
        var academic = new Academic(schoolId, null, null, null, List.of(), List.of(), List.of());
        List<LearnerSkill> skills = Arrays.stream(skillCodes)
                .map(code -> new LearnerSkill(code, ProficiencyLevel.INTERMEDIATE, List.of(), null)).toList();
        return new Learner(id, null, null, identity, LearnerType.STUDENT, LearnerStatus.ENROLLED,
                ArrivalSource.SCHOOL_IMPORT, academic, skills, Background.NONE, CareerPreferences.NONE, 0,
                "sub-staff", T0, T0, 0);
    }
}
