package fr.passerelle.learner.service;

import static fr.passerelle.learner.service.LearnerScene.KEY_B;
import static fr.passerelle.learner.service.LearnerScene.SCHOOL_A;
import static fr.passerelle.learner.service.LearnerScene.SCHOOL_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Detachment;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.service.LearnerScene.Who;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Duplicate profiles, from the scene of {@link LearnerScene}: carol is school B's unclaimed learner; each test adds
 * the duplicate it needs (school A importing carol's address, or school B importing her twice).
 */
class DuplicateProfileServiceTest {

    private static final Sort<LearnerOrderField> BY_NAME = new Sort<>(LearnerOrderField.NAME, true);
    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final String REASON = "imported by school B with the address of school A's student";
    private static final Initiator ADVISOR_FOR_B = new Initiator("advisor", Set.of("ADVISOR"), null, KEY_B, null);

    private final LearnerScene scene = new LearnerScene();
    private final InMemoryLearners learners = scene.learners;
    private final DuplicateProfileService service =
            new DuplicateProfileService(learners, Fixtures.events(), Fixtures.CLOCK);
    private final LearnerService profiles = new LearnerService(learners, scene.schools,
            Fixtures.countingIds("learner-"), Fixtures.events(), Fixtures.CLOCK);
    private final Learner carol = scene.carol;
    private final Actor carolSigningIn = Actors.learner("carol");

    private Actor as(Who who) {
        return scene.as(who);
    }

    private Learner stored(Learner learner) {
        return scene.stored(learner);
    }

    /** Another unclaimed profile with carol's address. */
    private Learner carolAlsoIn(String schoolId, String id) {
        return scene.seedLearner(LearnerScene.learner(id, null, "Carol", "Petit",
                new Academic(schoolId, id.toUpperCase(), null, null, List.of(), List.of(), List.of()),
                ArrivalSource.SCHOOL_IMPORT));
    }

    private List<String> rosterOf(String schoolId) {
        return profiles.roster(as(Who.ADVISOR), schoolId, LearnerFilter.NONE, BY_NAME, FIRST_PAGE).items().stream()
                .map(Learner::id).toList();
    }

    private static List<String> types(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::type).toList();
    }

    @Nested
    class Detach {

        @Test
        void an_advisor_detaches_a_schools_row_so_it_no_longer_blocks_the_claim_of_another_schools_student() {
            // School A imported its student carol; school B imported a row with her address, so her plain claim is
            // ambiguous and the claim naming school B would take B's row.
            Learner ofSchoolA = carolAlsoIn(SCHOOL_A, "learner-carol-a");
            assertThat(Violations.thrownBy(() -> profiles.claim(carolSigningIn, null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("email"), ErrorCode.INVALID_STATE));

            Learner detached = service.detach(as(Who.ADVISOR), carol.id(), "  " + REASON + " ");

            assertThat(detached.detachment()).isEqualTo(new Detachment(null, REASON, "advisor", Fixtures.NOW));
            assertThat(detached.isClaimable()).isFalse();
            assertThat(detached.identity()).isEqualTo(carol.identity());
            assertThat(detached.version()).isEqualTo(1);
            assertThat(stored(carol)).isEqualTo(detached);
            DomainEvent event = learners.events().get(0);
            assertThat(event.type()).isEqualTo(LearnerEvents.DETACHED);
            assertThat(event.aggregateId()).isEqualTo(carol.id());
            assertThat(event.initiator()).isEqualTo(ADVISOR_FOR_B);
            assertThat(event.changedFields()).contains("detachment");
            assertThat(event.attributes()).isEqualTo(Map.of("school", KEY_B));
            assertThat(rosterOf(SCHOOL_B)).as("still school B's row, with its contact data").contains(carol.id());

            assertThat(profiles.claim(carolSigningIn, null).id()).isEqualTo(ofSchoolA.id());
            assertThat(stored(carol).subject()).isNull();
        }

        @Test
        void a_detached_profile_matches_no_claim_even_naming_its_school() {
            service.detach(as(Who.PLATFORM_ADMIN), carol.id(), REASON);

            assertThatThrownBy(() -> profiles.claim(carolSigningIn, SCHOOL_B)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> profiles.claim(carolSigningIn, null)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void detaching_again_changes_nothing() {
            Learner first = service.detach(as(Who.ADVISOR), carol.id(), REASON);

            Learner again = service.detach(as(Who.PLATFORM_ADMIN), carol.id(), "another reason");

            assertThat(again).isEqualTo(first);
            assertThat(types(learners.events())).containsExactly(LearnerEvents.DETACHED);
        }

        @Test
        void a_claimed_profile_cannot_be_detached() {
            assertThat(Violations.thrownBy(() -> service.detach(as(Who.ADVISOR), scene.alice.id(), REASON)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("id"), ErrorCode.INVALID_STATE));
            assertThat(stored(scene.alice)).isEqualTo(scene.alice);
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void the_reason_is_required_and_bounded() {
            assertThat(Violations.thrownBy(() -> service.detach(as(Who.ADVISOR), carol.id(), " ")))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("reason"), ErrorCode.REQUIRED));
            assertThat(Violations.thrownBy(() -> service.detach(as(Who.ADVISOR), carol.id(),
                    "x".repeat(DuplicateProfileService.REASON_MAX_LENGTH + 1))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("reason"), ErrorCode.TOO_LONG));
            assertThat(stored(carol)).isEqualTo(carol);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK", "ADVISOR, OK", "ADMIN_OF_SCHOOL_B, FORBIDDEN", "ADMIN_OF_SCHOOL_A, NOT_FOUND",
                "STAFF_OF_SCHOOL_A, NOT_FOUND", "RECRUITER, NOT_FOUND", "THE_LEARNER, NOT_FOUND",
                "ANOTHER_LEARNER, NOT_FOUND"})
        void only_advisors_and_platform_admins_detach(Who who, Outcome expected) {
            // An invalid reason too: who may not detach learns nothing from the validation.
            assertThat(Outcome.of(() -> service.detach(as(who), carol.id(), expected == Outcome.OK ? REASON : "")))
                    .isEqualTo(expected);
            assertThat(Outcome.of(() -> service.detach(as(who), "learner-404", REASON)))
                    .isEqualTo(Outcome.NOT_FOUND);
            if (expected != Outcome.OK) {
                assertThat(stored(carol)).isEqualTo(carol);
            }
        }
    }

    @Nested
    class Merge {

        @Test
        void an_advisor_retires_a_schools_second_row_into_the_first_which_keeps_its_data() {
            Learner twice = carolAlsoIn(SCHOOL_B, "learner-carol-b2");

            Learner kept = service.merge(as(Who.ADVISOR), carol.id(), twice.id());

            assertThat(kept).isEqualTo(carol);
            assertThat(stored(carol)).isEqualTo(carol);
            Learner retired = stored(twice);
            assertThat(retired.detachment())
                    .isEqualTo(new Detachment(carol.id(), Learner.MERGE_REASON, "advisor", Fixtures.NOW));
            assertThat(retired.isMerged()).isTrue();
            assertThat(retired.version()).isEqualTo(1);
            DomainEvent event = learners.events().get(0);
            assertThat(event.type()).isEqualTo(LearnerEvents.MERGED);
            assertThat(event.aggregateId()).isEqualTo(twice.id());
            assertThat(event.initiator()).isEqualTo(ADVISOR_FOR_B);
            assertThat(rosterOf(SCHOOL_B)).contains(carol.id()).doesNotContain(twice.id());
            assertThat(learners.matchCandidates(null, Set.of(), 100)).extracting(Learner::id)
                    .doesNotContain(twice.id());

            assertThat(profiles.claim(carolSigningIn, SCHOOL_B).id()).isEqualTo(carol.id());
        }

        @Test
        void merging_again_into_the_same_profile_changes_nothing() {
            Learner twice = carolAlsoIn(SCHOOL_B, "learner-carol-b2");
            service.merge(as(Who.ADVISOR), carol.id(), twice.id());

            service.merge(as(Who.PLATFORM_ADMIN), carol.id(), twice.id());

            assertThat(types(learners.events())).containsExactly(LearnerEvents.MERGED);
        }

        @Test
        void another_schools_row_is_detached_not_merged() {
            Learner ofSchoolA = carolAlsoIn(SCHOOL_A, "learner-carol-a");

            assertThat(Violations.thrownBy(() -> service.merge(as(Who.ADVISOR), ofSchoolA.id(), carol.id())))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("duplicateId"), ErrorCode.INVALID));
            assertThat(stored(carol)).isEqualTo(carol);
        }

        @Test
        void a_profile_with_another_address_is_another_person() {
            Learner dan = scene.seedLearner(LearnerScene.learner("learner-dan", null, "Dan", "Petit",
                    carol.academic(), ArrivalSource.SCHOOL_IMPORT));

            assertThat(Violations.thrownBy(() -> service.merge(as(Who.ADVISOR), carol.id(), dan.id())))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("duplicateId"), ErrorCode.INVALID));
        }

        @Test
        void a_profile_is_not_merged_into_itself() {
            assertThat(Violations.thrownBy(() -> service.merge(as(Who.ADVISOR), carol.id(), carol.id())))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("duplicateId"), ErrorCode.INVALID));
        }

        @Test
        void the_claimed_duplicate_is_refused_and_the_claimed_profile_kept() {
            Learner claimed = profiles.claim(carolSigningIn, null);
            Learner twice = carolAlsoIn(SCHOOL_B, "learner-carol-b2");

            assertThat(Violations.thrownBy(() -> service.merge(as(Who.ADVISOR), twice.id(), claimed.id())))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("duplicateId"), ErrorCode.INVALID_STATE));
            service.merge(as(Who.ADVISOR), claimed.id(), twice.id());
            assertThat(stored(twice).isMerged()).isTrue();
            assertThat(stored(carol).subject()).isEqualTo("carol");
        }

        @Test
        void a_merged_profile_cannot_be_kept() {
            Learner twice = carolAlsoIn(SCHOOL_B, "learner-carol-b2");
            Learner thrice = carolAlsoIn(SCHOOL_B, "learner-carol-b3");
            service.merge(as(Who.ADVISOR), carol.id(), twice.id());

            assertThat(Violations.thrownBy(() -> service.merge(as(Who.ADVISOR), twice.id(), thrice.id())))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("keepId"), ErrorCode.INVALID_STATE));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK", "ADVISOR, OK", "ADMIN_OF_SCHOOL_B, FORBIDDEN", "ADMIN_OF_SCHOOL_A, NOT_FOUND",
                "STAFF_OF_SCHOOL_A, NOT_FOUND", "RECRUITER, NOT_FOUND", "THE_LEARNER, NOT_FOUND",
                "ANOTHER_LEARNER, NOT_FOUND"})
        void only_advisors_and_platform_admins_merge(Who who, Outcome expected) {
            Learner twice = carolAlsoIn(SCHOOL_B, "learner-carol-b2");

            assertThat(Outcome.of(() -> service.merge(as(who), carol.id(), twice.id()))).isEqualTo(expected);
            // The duplicate is checked first: a missing profile to keep tells its school's admin nothing more.
            assertThat(Outcome.of(() -> service.merge(as(who), "learner-404", twice.id())))
                    .isEqualTo(expected == Outcome.OK ? Outcome.NOT_FOUND : expected);
            if (expected != Outcome.OK) {
                assertThat(stored(twice)).isEqualTo(twice);
            }
        }
    }
}
