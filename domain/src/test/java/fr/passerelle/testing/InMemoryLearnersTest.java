package fr.passerelle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake keeps the {@code Learners} port's contract, which the learner use-case tests rely on. */
class InMemoryLearnersTest {

    private static final DomainEvent EVENT = new DomainEvent("event", "learner.test", "Learner", "any", 0,
            Initiator.system(), Fixtures.NOW, List.of(), Map.of());

    private final InMemoryLearners learners = new InMemoryLearners();

    private static Learner learner(String id, String subject, String name, String schoolId, String externalId) {
        Academic academic = schoolId == null ? Academic.NONE
                : new Academic(schoolId, externalId, null, null, List.of(), List.of(), List.of());
        return Learner.register(id, subject, new LearnerIdentity(name, "Martin", Actors.emailOf(name), null, null,
                null), LearnerType.STUDENT, ArrivalSource.ADVISOR, academic, "seed", Fixtures.NOW);
    }

    @Test
    void a_subject_owns_one_profile_but_unclaimed_profiles_are_many() {
        learners.insert(learner("1", "alice", "alice", null, null), EVENT);
        learners.insert(learner("2", null, "bob", null, null), EVENT);
        learners.insert(learner("3", null, "carol", null, null), EVENT);

        assertThatThrownBy(() -> learners.insert(learner("4", "alice", "dave", null, null), EVENT))
                .isInstanceOf(DuplicateKeyException.class).extracting("key").isEqualTo("subject");
        Learner bob = learners.findById("2").orElseThrow();
        assertThatThrownBy(() -> learners.update(bob.claimedBy("alice", Fixtures.NOW), EVENT))
                .isInstanceOf(DuplicateKeyException.class).extracting("key").isEqualTo("subject");
        assertThat(learners.findBySubject("alice")).map(Learner::id).contains("1");
        assertThat(learners.findUnclaimedByEmail(Actors.emailOf("bob"), 2)).extracting(Learner::id)
                .containsExactly("2");
    }

    @Test
    void an_external_id_names_one_learner_per_school() {
        learners.insert(learner("1", null, "alice", "school-a", "X-1"), EVENT);
        learners.insert(learner("2", null, "bob", "school-b", "X-1"), EVENT);
        learners.insert(learner("3", null, "carol", "school-a", null), EVENT);
        assertThatCode(() -> learners.insert(learner("4", null, "dave", "school-a", null), EVENT))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> learners.insert(learner("5", null, "erin", "school-a", "X-1"), EVENT))
                .isInstanceOf(DuplicateKeyException.class).extracting("key").isEqualTo("externalStudentId");
        assertThat(learners.findBySchoolAndExternalIds("school-a", List.of("X-1", "X-2"))).extracting(Learner::id)
                .containsExactly("1");
        assertThat(learners.externalIdLookups()).containsExactly(2);
    }

    @Test
    void a_stale_update_loses_before_any_uniqueness_check() {
        learners.insert(learner("1", "alice", "alice", null, null), EVENT);
        learners.insert(learner("2", "bob", "bob", null, null), EVENT);
        Learner staleBob = learners.findById("2").orElseThrow();
        learners.update(staleBob, EVENT);

        assertThatThrownBy(() -> learners.update(staleBob.claimedBy("alice", Fixtures.NOW), EVENT))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(learners.findById("2").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void search_applies_the_filter_the_schools_the_sort_and_the_page_size() {
        learners.seed(learner("1", null, "Zoé", "school-a", "A-1"));
        learners.seed(learner("2", null, "Ali", "school-a", "A-2"));
        learners.seed(learner("3", null, "Éloïse", "school-b", "B-1"));
        learners.seed(learner("4", null, "Bea", null, null));
        var byName = new Sort<>(LearnerOrderField.NAME, true);

        assertThat(learners.search(LearnerFilter.NONE, null, byName, Paging.first(10, null)).items())
                .extracting(Learner::id).containsExactly("2", "4", "3", "1");
        assertThat(learners.search(LearnerFilter.NONE, Set.of("school-a"), new Sort<>(LearnerOrderField.NAME, false),
                Paging.first(10, null)).items()).extracting(Learner::id).containsExactly("1", "2");
        assertThat(learners.search(new LearnerFilter(null, null, List.of(), null, null, null, "ELOI"), null, byName,
                Paging.first(10, null)).items()).extracting(Learner::id).containsExactly("3");
        var firstTwo = learners.search(LearnerFilter.NONE, null, byName, Paging.first(2, null));
        assertThat(firstTwo.items()).extracting(Learner::id).containsExactly("2", "4");
        assertThat(firstTwo.hasNextPage()).isTrue();
    }
}
