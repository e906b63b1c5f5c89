package fr.passerelle.learner.service;

import static fr.passerelle.learner.service.LearnerScene.KEY_A;
import static fr.passerelle.learner.service.LearnerScene.SCHOOL_A;
import static fr.passerelle.learner.service.LearnerScene.SCHOOL_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.port.in.AcademicCommand;
import fr.passerelle.learner.port.in.BackgroundCommand;
import fr.passerelle.learner.port.in.CareerCommand;
import fr.passerelle.learner.port.in.IdentityCommand;
import fr.passerelle.learner.port.in.LearnerRegistration;
import fr.passerelle.learner.port.in.SkillCommand;
import fr.passerelle.learner.service.LearnerScene.Who;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LearnerServiceTest {

    private static final Sort<LearnerOrderField> BY_NAME = new Sort<>(LearnerOrderField.NAME, true);
    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final String MISSING = "learner-404";

    /** alice's identity as seeded: sending it again changes nothing. */
    private static final IdentityCommand ALICE_AS_SEEDED =
            new IdentityCommand("Alice", "Martin", "alice@mail.test", null, null, null);
    private static final IdentityCommand ALICE_RENAMED =
            new IdentityCommand("Alicia", "Martin", "alice@mail.test", "+33 6 12 34 56 78", null, null);
    /** alice's academic part as seeded, but in the other program of school A. */
    private static final AcademicCommand ALICE_IN_CAP = academic("A-001", "CAP-MVA");
    private static final SkillCommand HABILITATION_B0L =
            new SkillCommand("elec-b0l", ProficiencyLevel.BEGINNER, List.of(), Fixtures.TODAY.plusYears(3));
    private static final BackgroundCommand CACES = new BackgroundCommand(
            List.of(new BackgroundCommand.CertificationInput("CACES R489", "AFPA", Fixtures.TODAY.minusYears(1), null)),
            List.of(), List.of("https://alice.example.fr"));
    private static final CareerCommand SOUND_ENGINEER = new CareerCommand(List.of("Ingénieure du son"), List.of(),
            new CareerCommand.MobilityInput(48.85, 2.35, 30, false, true), List.of(), null);

    private final LearnerScene scene = new LearnerScene();
    private final InMemoryLearners learners = scene.learners;
    private final LearnerService service = new LearnerService(learners, scene.schools,
            Fixtures.countingIds("learner-"), Fixtures.events(), Fixtures.CLOCK);
    private final Learner alice = scene.alice;
    private final Learner bob = scene.bob;
    private final Learner carol = scene.carol;

    private static AcademicCommand academic(String externalStudentId, String programCode) {
        return new AcademicCommand(externalStudentId, programCode, 2026, List.of("Prise de son"), List.of(), List.of());
    }

    private static IdentityCommand identity(String firstName, String lastName, String email) {
        return new IdentityCommand(firstName, lastName, email, null, null, null);
    }

    private static LearnerRegistration registration(String firstName, String schoolId) {
        String email = firstName.toLowerCase(Locale.ROOT) + "@mail.test";
        return new LearnerRegistration(identity(firstName, "Nouveau", email),
                LearnerType.FIRST_TIME_JOB_SEEKER, schoolId);
    }

    private Actor as(Who who) {
        return scene.as(who);
    }

    private Learner stored(Learner learner) {
        return scene.stored(learner);
    }

    private static List<String> ids(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : List.of(commaSeparated.split(","));
    }

    /** The readiness score is kept as of the change: whatever the rules say, it is the rules' score of the day. */
    private static void assertScoredForToday(Learner learner) {
        assertThat(learner.readinessScore()).isEqualTo(learner.readinessOn(Fixtures.TODAY).score());
    }

    /**
     * The event matches, except its id (fresh) and, among the changed fields, {@code readinessScore}: whether the
     * score moves is the readiness rules' business, not these use cases'.
     */
    private static void assertEvent(DomainEvent actual, String type, Learner learner, long version, Initiator by,
                                    List<String> changedFields, Map<String, String> attributes) {
        assertThat(actual).usingRecursiveComparison().ignoringFields("id", "changedFields").isEqualTo(
                DomainEvents.expected(type, "Learner", learner.id(), version, by, changedFields, attributes));
        assertThat(actual.changedFields()).filteredOn(field -> !field.equals("readinessScore"))
                .containsExactlyElementsOf(changedFields);
    }

    /** Every change a learner's profile undergoes, each a real change of alice's profile. */
    enum Edit { IDENTITY, SET_SKILL, REMOVE_SKILL, BACKGROUND, CAREER, ACADEMIC }

    private Learner edit(Edit edit, Actor actor, String learnerId) {
        return switch (edit) {
            case IDENTITY -> service.updateIdentity(actor, learnerId, ALICE_RENAMED, null);
            case SET_SKILL -> service.setSkill(actor, learnerId, HABILITATION_B0L);
            case REMOVE_SKILL -> service.removeSkill(actor, learnerId, LearnerScene.SOUND_MIXING.code());
            case BACKGROUND -> service.updateBackground(actor, learnerId, CACES, null);
            case CAREER -> service.updateCareer(actor, learnerId, SOUND_ENGINEER, null);
            case ACADEMIC -> service.updateAcademic(actor, learnerId, ALICE_IN_CAP, null);
        };
    }

    private static final Map<Edit, String> EVENT_OF = Map.of(
            Edit.IDENTITY, LearnerEvents.IDENTITY_UPDATED,
            Edit.SET_SKILL, LearnerEvents.SKILLS_CHANGED,
            Edit.REMOVE_SKILL, LearnerEvents.SKILLS_CHANGED,
            Edit.BACKGROUND, LearnerEvents.BACKGROUND_UPDATED,
            Edit.CAREER, LearnerEvents.CAREER_UPDATED,
            Edit.ACADEMIC, LearnerEvents.ACADEMIC_UPDATED);

    static Stream<Arguments> personalEditsOfAlice() {
        Map<Who, Outcome> expected = new EnumMap<>(Map.of(
                Who.PLATFORM_ADMIN, Outcome.OK,
                Who.THE_LEARNER, Outcome.OK,
                Who.ADVISOR, Outcome.FORBIDDEN,
                Who.ADMIN_OF_SCHOOL_A, Outcome.FORBIDDEN,
                Who.STAFF_OF_SCHOOL_A, Outcome.FORBIDDEN,
                Who.ADMIN_OF_SCHOOL_B, Outcome.NOT_FOUND,
                Who.RECRUITER, Outcome.NOT_FOUND,
                Who.ANOTHER_LEARNER, Outcome.NOT_FOUND));
        return Stream.of(Edit.IDENTITY, Edit.SET_SKILL, Edit.REMOVE_SKILL, Edit.BACKGROUND, Edit.CAREER)
                .flatMap(edit -> Arrays.stream(Who.values()).map(who -> Arguments.of(edit, who, expected.get(who))));
    }

    @Nested
    class Reading {

        @ParameterizedTest(name = "{0} reads alice: {1}")
        @CsvSource({
                "PLATFORM_ADMIN,    true",
                "ADVISOR,           true",
                "THE_LEARNER,       true",
                "ADMIN_OF_SCHOOL_A, true",
                "STAFF_OF_SCHOOL_A, true",
                "ADMIN_OF_SCHOOL_B, false",
                "RECRUITER,         false",
                "ANOTHER_LEARNER,   false",
        })
        void the_learner_her_schools_people_advisors_and_admins_read_her_profile(Who who, boolean reads) {
            Actor actor = as(who);

            assertThat(service.find(actor, alice.id())).isEqualTo(reads ? Optional.of(alice) : Optional.empty());
            assertThat(service.findAll(actor, List.of(alice.id()))).isEqualTo(reads ? List.of(alice) : List.of());
            assertThat(service.canSeeContact(actor, alice)).isEqualTo(reads);
        }

        @ParameterizedTest(name = "{0} sees [{1}]")
        @CsvSource({
                "PLATFORM_ADMIN,    'learner-alice,learner-bob,learner-carol'",
                "ADVISOR,           'learner-alice,learner-bob,learner-carol'",
                "THE_LEARNER,       learner-alice",
                "ADMIN_OF_SCHOOL_A, learner-alice",
                "STAFF_OF_SCHOOL_A, learner-alice",
                "ADMIN_OF_SCHOOL_B, learner-carol",
                "RECRUITER,         ''",
                "ANOTHER_LEARNER,   learner-bob",
        })
        void find_all_keeps_the_profiles_the_caller_may_read_and_drops_missing_ids(Who who, String visible) {
            assertThat(service.findAll(as(who), List.of(alice.id(), bob.id(), carol.id(), MISSING)))
                    .extracting(Learner::id).containsExactlyInAnyOrderElementsOf(ids(visible));
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"ADMIN_OF_SCHOOL_B", "RECRUITER", "ANOTHER_LEARNER"})
        void someone_elses_profile_and_a_missing_one_look_the_same(Who who) {
            Actor actor = as(who);

            assertThat(service.find(actor, alice.id())).isEqualTo(service.find(actor, MISSING)).isEmpty();
            for (Edit edit : Edit.values()) {
                assertThatThrownBy(() -> edit(edit, actor, alice.id())).isInstanceOf(NotFoundException.class)
                        .hasMessage("Learner " + alice.id() + " not found");
                assertThatThrownBy(() -> edit(edit, actor, MISSING)).isInstanceOf(NotFoundException.class)
                        .hasMessage("Learner " + MISSING + " not found");
            }
        }

        @Test
        void a_missing_learner_is_empty_even_for_a_platform_admin() {
            assertThat(service.find(as(Who.PLATFORM_ADMIN), MISSING)).isEmpty();
            assertThat(service.findAll(as(Who.PLATFORM_ADMIN), List.of(MISSING))).isEmpty();
        }

        @ParameterizedTest(name = "{0} searching finds [{1}]")
        @CsvSource({
                "PLATFORM_ADMIN,    'learner-bob,learner-alice,learner-carol'",
                "ADVISOR,           'learner-bob,learner-alice,learner-carol'",
                "ADMIN_OF_SCHOOL_A, learner-alice",
                "STAFF_OF_SCHOOL_A, learner-alice",
                "ADMIN_OF_SCHOOL_B, learner-carol",
                "THE_LEARNER,       ''",
                "ANOTHER_LEARNER,   ''",
                "RECRUITER,         ''",
        })
        void search_covers_everything_for_advisors_and_admins_and_the_own_schools_for_their_members(Who who,
                                                                                                    String found) {
            assertThat(service.search(as(who), LearnerFilter.NONE, BY_NAME, FIRST_PAGE).items())
                    .extracting(Learner::id).containsExactlyElementsOf(ids(found));
        }

        @Test
        void search_filters_still_apply_within_the_callers_scope() {
            var named = new LearnerFilter(null, null, List.of(), null, null, null, "petit");

            assertThat(service.search(as(Who.ADVISOR), named, BY_NAME, FIRST_PAGE).items())
                    .containsExactly(carol);
            assertThat(service.search(as(Who.ADMIN_OF_SCHOOL_A), named, BY_NAME, FIRST_PAGE).items()).isEmpty();
        }

        @ParameterizedTest(name = "{0}: roster of A [{1}], roster of B [{2}]")
        @CsvSource({
                "PLATFORM_ADMIN,    learner-alice, learner-carol",
                "ADVISOR,           learner-alice, learner-carol",
                "ADMIN_OF_SCHOOL_A, learner-alice, ''",
                "STAFF_OF_SCHOOL_A, learner-alice, ''",
                "ADMIN_OF_SCHOOL_B, '',            learner-carol",
                "THE_LEARNER,       '',            ''",
                "ANOTHER_LEARNER,   '',            ''",
                "RECRUITER,         '',            ''",
        })
        void a_roster_is_for_the_schools_members_advisors_and_admins(Who who, String rosterA, String rosterB) {
            assertThat(service.roster(as(who), SCHOOL_A, LearnerFilter.NONE, BY_NAME, FIRST_PAGE).items())
                    .extracting(Learner::id).containsExactlyElementsOf(ids(rosterA));
            assertThat(service.roster(as(who), SCHOOL_B, LearnerFilter.NONE, BY_NAME, FIRST_PAGE).items())
                    .extracting(Learner::id).containsExactlyElementsOf(ids(rosterB));
        }

        @Test
        void a_roster_applies_its_filter() {
            var inCap = new LearnerFilter("CAP-MVA", null, List.of(), null, null, null, null);
            var inBts = new LearnerFilter("BTS-SON", 2026, List.of("sound-mixing"), null, null, null, null);

            assertThat(service.roster(as(Who.STAFF_OF_SCHOOL_A), SCHOOL_A, inCap, BY_NAME, FIRST_PAGE).items())
                    .isEmpty();
            assertThat(service.roster(as(Who.STAFF_OF_SCHOOL_A), SCHOOL_A, inBts, BY_NAME, FIRST_PAGE).items())
                    .containsExactly(alice);
        }

        @Test
        void mine_is_the_callers_own_profile_if_any() {
            assertThat(service.mine(as(Who.THE_LEARNER))).contains(alice);
            assertThat(service.mine(as(Who.ANOTHER_LEARNER))).contains(bob);
            assertThat(service.mine(as(Who.RECRUITER))).isEmpty();
            assertThat(service.mine(Actors.learner("erin"))).isEmpty();
        }
    }

    @Nested
    class Register {

        @Test
        void a_learner_registers_their_own_profile_bound_to_their_account() {
            Learner dave = service.register(Actors.learner("dave"), registration("Dave", null));

            assertThat(dave.id()).isEqualTo("learner-1");
            assertThat(dave.subject()).isEqualTo("dave");
            assertThat(dave.source()).isEqualTo(ArrivalSource.SELF_REGISTRATION);
            assertThat(dave.academic()).isEqualTo(Academic.NONE);
            assertThat(dave.identity()).isEqualTo(new LearnerIdentity("Dave", "Nouveau",
                    Actors.emailOf("dave"), null, null, null));
            assertThat(dave.type()).isEqualTo(LearnerType.FIRST_TIME_JOB_SEEKER);
            assertThat(dave.status()).isEqualTo(LearnerStatus.PROSPECT);
            assertThat(dave.createdBy()).isEqualTo("dave");
            assertThat(dave.createdAt()).isEqualTo(Fixtures.NOW);
            assertThat(dave.version()).isZero();
            assertScoredForToday(dave);
            assertThat(stored(dave)).isEqualTo(dave);
            assertThat(service.mine(Actors.learner("dave"))).contains(dave);
        }

        @Test
        void a_learner_registers_only_once() {
            assertThat(Violations.thrownBy(() -> service.register(as(Who.THE_LEARNER), registration("Alice", null))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("identity"), ErrorCode.DUPLICATE));
            assertThat(learners.size()).isEqualTo(3);
        }

        @Test
        void a_learner_who_loses_a_registration_race_gets_the_same_duplicate() {
            learners.beforeNextWrite(() -> scene.seedLearner(LearnerScene.learner("learner-dave", "dave", "Dave",
                    "Ailleurs", Academic.NONE, ArrivalSource.SELF_REGISTRATION)));

            assertThat(Violations.thrownBy(() -> service.register(Actors.learner("dave"), registration("Dave", null))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("identity"), ErrorCode.DUPLICATE));
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void a_learner_cannot_pick_a_school_they_cannot_see() {
            assertThat(Outcome.of(() -> service.register(Actors.learner("dave"), registration("Dave", SCHOOL_A))))
                    .isEqualTo(Outcome.NOT_FOUND);
            assertThat(learners.size()).isEqualTo(3);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"ADMIN_OF_SCHOOL_A", "STAFF_OF_SCHOOL_A"})
        void school_staff_register_a_learner_of_their_school_for_them_to_claim(Who who) {
            Learner dave = service.register(as(who), registration("Dave", SCHOOL_A));

            assertThat(dave.subject()).isNull();
            assertThat(dave.source()).isEqualTo(ArrivalSource.SCHOOL_STAFF);
            assertThat(dave.academic()).isEqualTo(new Academic(SCHOOL_A, null, null, null, List.of(), List.of(),
                    List.of()));
            assertThat(dave.createdBy()).isEqualTo(as(who).subject());
            assertThat(stored(dave)).isEqualTo(dave);
            assertThat(service.roster(as(who), SCHOOL_A, LearnerFilter.NONE, BY_NAME, FIRST_PAGE).items())
                    .contains(dave);
        }

        @Test
        void school_staff_cannot_register_a_learner_in_another_school() {
            assertThat(Outcome.of(() -> service.register(as(Who.ADMIN_OF_SCHOOL_A), registration("Dave", SCHOOL_B))))
                    .isNotEqualTo(Outcome.OK);
            assertThat(Outcome.of(() ->
                    service.register(as(Who.ADMIN_OF_SCHOOL_A), registration("Dave", "school-404"))))
                    .isNotEqualTo(Outcome.OK);
            assertThat(learners.size()).isEqualTo(3);
        }
        @ParameterizedTest(name = "admin of A registering in {0}")
        @CsvSource({"school-b", "school-404"})
        void a_school_the_staff_member_cannot_see_is_not_found(String schoolId) {
            assertThat(Outcome.of(() -> service.register(as(Who.ADMIN_OF_SCHOOL_A), registration("Dave", schoolId))))
                    .isEqualTo(Outcome.NOT_FOUND);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"ADVISOR", "PLATFORM_ADMIN"})
        void advisors_and_admins_register_learners_in_any_school_or_none(Who who) {
            Learner inSchoolB = service.register(as(who), registration("Dave", SCHOOL_B));
            Learner independent = service.register(as(who), registration("Erin", null));

            assertThat(inSchoolB.source()).isEqualTo(ArrivalSource.ADVISOR);
            assertThat(inSchoolB.subject()).isNull();
            assertThat(inSchoolB.academic().schoolId()).isEqualTo(SCHOOL_B);
            assertThat(independent.source()).isEqualTo(ArrivalSource.ADVISOR);
            assertThat(independent.subject()).isNull();
            assertThat(independent.academic()).isEqualTo(Academic.NONE);
            assertThat(learners.size()).isEqualTo(5);
        }

        @Test
        void an_advisor_naming_a_missing_school_gets_not_found() {
            assertThatThrownBy(() -> service.register(as(Who.ADVISOR), registration("Dave", "school-404")))
                    .isInstanceOf(NotFoundException.class);
            assertThat(learners.size()).isEqualTo(3);
        }

        @Test
        void someone_without_the_learner_role_cannot_register_themselves() {
            assertThatThrownBy(() -> service.register(as(Who.RECRUITER), registration("Rita", null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(learners.size()).isEqualTo(3);
        }

        @Test
        void a_missing_type_or_identity_is_required() {
            assertThat(Violations.thrownBy(() -> service.register(Actors.learner("dave"),
                    new LearnerRegistration(identity("Dave", "Nouveau", "dave@mail.test"), null, null))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("type"), ErrorCode.REQUIRED));
            assertThat(Violations.thrownBy(() -> service.register(Actors.learner("dave"),
                    new LearnerRegistration(null, LearnerType.STUDENT, null))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("identity"), ErrorCode.REQUIRED));
            assertThat(learners.size()).isEqualTo(3);
        }

        @Test
        void identity_problems_are_rooted_under_identity_and_reported_with_the_others_at_once() {
            var invalid = new LearnerRegistration(new IdentityCommand(" ", "Nouveau", "dave-at-mail", "0612",
                    Fixtures.TODAY, null), null, null);

            assertThat(Violations.thrownBy(() -> service.register(Actors.learner("dave"), invalid)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactlyInAnyOrder(
                            tuple(List.of("identity", "firstName"), ErrorCode.REQUIRED),
                            tuple(List.of("identity", "email"), ErrorCode.INVALID),
                            tuple(List.of("identity", "phone"), ErrorCode.INVALID),
                            tuple(List.of("identity", "birthDate"), ErrorCode.OUT_OF_RANGE),
                            tuple(List.of("type"), ErrorCode.REQUIRED));
            assertThat(learners.size()).isEqualTo(3);
        }
    }

    @Nested
    class Claim {

        private final Actor carolSigningIn = Actors.learner("carol");

        @Test
        void a_learner_claims_the_unclaimed_profile_carrying_their_verified_email() {
            Learner claimed = service.claim(carolSigningIn, null);

            assertThat(claimed.id()).isEqualTo(carol.id());
            assertThat(claimed.subject()).isEqualTo("carol");
            assertThat(claimed.identity()).isEqualTo(carol.identity());
            assertThat(claimed.academic()).isEqualTo(carol.academic());
            assertThat(claimed.version()).isEqualTo(1);
            assertThat(stored(carol)).isEqualTo(claimed);
            assertThat(service.mine(carolSigningIn)).contains(claimed);
            assertThat(service.find(carolSigningIn, carol.id())).contains(claimed);
            assertThat(learners.events()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    DomainEvents.expected(LearnerEvents.CLAIMED, "Learner", carol.id(), 1,
                            new Initiator("carol", Set.of("LEARNER"), null, null, null), List.of("subject"),
                            Map.of("school", LearnerScene.KEY_B)));
        }

        @Test
        void once_claimed_the_learner_edits_their_personal_parts() {
            service.claim(carolSigningIn, null);

            Learner renamed = service.updateIdentity(carolSigningIn, carol.id(),
                    identity("Caroline", "Petit", "carol@mail.test"), 1L);

            assertThat(renamed.identity().firstName()).isEqualTo("Caroline");
        }

        @Test
        void no_unclaimed_profile_with_the_email_is_not_found() {
            assertThatThrownBy(() -> service.claim(Actors.learner("erin"), null)).isInstanceOf(NotFoundException.class);
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void a_claimed_profile_with_the_email_cannot_be_claimed_again() {
            service.claim(carolSigningIn, null);
            Actor impostor = new Actor("carol-2", "Carol", Actors.emailOf("carol"), carolSigningIn.roles(), List.of());

            assertThatThrownBy(() -> service.claim(impostor, null)).isInstanceOf(NotFoundException.class);
            assertThat(stored(carol).subject()).isEqualTo("carol");
        }

        @Test
        void two_unclaimed_profiles_with_the_email_cannot_be_told_apart() {
            scene.seedLearner(LearnerScene.learner("learner-carol-2", null, "Carol", "Petit",
                    new Academic(SCHOOL_A, "A-777", null, null, List.of(), List.of(), List.of()),
                    ArrivalSource.SCHOOL_IMPORT));

            assertThat(Violations.thrownBy(() -> service.claim(carolSigningIn, null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("email"), ErrorCode.INVALID_STATE));
            assertThat(learners.all()).extracting(Learner::subject).doesNotContain("carol");
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void naming_the_school_that_invited_them_claims_that_schools_profile_whatever_another_school_imported() {
            Learner duplicate = scene.seedLearner(LearnerScene.learner("learner-carol-2", null, "Carol", "Petit",
                    new Academic(SCHOOL_A, "A-777", null, null, List.of(), List.of(), List.of()),
                    ArrivalSource.SCHOOL_IMPORT));

            Learner claimed = service.claim(carolSigningIn, carol.academic().schoolId());

            assertThat(claimed.id()).isEqualTo(carol.id());
            assertThat(stored(carol).subject()).isEqualTo("carol");
            assertThat(stored(duplicate).subject()).isNull();
        }

        @Test
        void a_school_holding_no_profile_for_the_email_has_nothing_to_claim() {
            assertThatThrownBy(() -> service.claim(carolSigningIn, SCHOOL_A)).isInstanceOf(NotFoundException.class);
            assertThat(stored(carol).subject()).isNull();
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void someone_who_has_a_profile_cannot_claim_another() {
            Actor aliceWithCarolsEmail = new Actor("alice", "Alice", Actors.emailOf("carol"),
                    as(Who.THE_LEARNER).roles(), List.of());

            assertThat(Violations.thrownBy(() -> service.claim(aliceWithCarolsEmail, null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("email"), ErrorCode.DUPLICATE));
            assertThat(stored(carol).subject()).isNull();
        }

        @Test
        void losing_a_claim_race_to_another_profile_of_the_same_account_is_a_duplicate() {
            learners.beforeNextWrite(() -> scene.seedLearner(LearnerScene.learner("learner-carol-self", "carol",
                    "Carol", "Petit", Academic.NONE, ArrivalSource.SELF_REGISTRATION)));

            assertThat(Violations.thrownBy(() -> service.claim(carolSigningIn, null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("email"), ErrorCode.DUPLICATE));
            assertThat(stored(carol).subject()).isNull();
        }

        @Test
        void without_a_verified_email_nothing_can_be_claimed() {
            assertThatThrownBy(() -> service.claim(Actors.withoutVerifiedEmail("carol"), null))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(stored(carol).subject()).isNull();
        }
    }

    @Nested
    class Editing {

        @ParameterizedTest(name = "{1} changing alice''s {0}: {2}")
        @MethodSource("fr.passerelle.learner.service.LearnerServiceTest#personalEditsOfAlice")
        void the_personal_parts_are_the_learners_and_platform_admins(Edit edit, Who who, Outcome expected) {
            assertThat(Outcome.of(() -> edit(edit, as(who), alice.id()))).isEqualTo(expected);

            assertThat(stored(alice).version()).isEqualTo(expected == Outcome.OK ? 1 : 0);
            assertThat(learners.eventTypes())
                    .isEqualTo(expected == Outcome.OK ? List.of(EVENT_OF.get(edit)) : List.of());
        }

        @ParameterizedTest(name = "{0} changing alice''s academic part: {1}")
        @CsvSource({
                "PLATFORM_ADMIN,    OK",
                "ADMIN_OF_SCHOOL_A, OK",
                "STAFF_OF_SCHOOL_A, OK",
                "THE_LEARNER,       FORBIDDEN",
                "ADVISOR,           FORBIDDEN",
                "ADMIN_OF_SCHOOL_B, NOT_FOUND",
                "RECRUITER,         NOT_FOUND",
                "ANOTHER_LEARNER,   NOT_FOUND",
        })
        void a_school_learners_academic_part_is_her_schools_and_platform_admins(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> edit(Edit.ACADEMIC, as(who), alice.id()))).isEqualTo(expected);

            assertThat(stored(alice).academic().programCode())
                    .isEqualTo(expected == Outcome.OK ? "CAP-MVA" : "BTS-SON");
            assertThat(learners.eventTypes())
                    .isEqualTo(expected == Outcome.OK ? List.of(LearnerEvents.ACADEMIC_UPDATED) : List.of());
        }

        @ParameterizedTest(name = "{0} changing bob''s academic part: {1}")
        @CsvSource({
                "ANOTHER_LEARNER,   OK",
                "PLATFORM_ADMIN,    OK",
                "ADVISOR,           FORBIDDEN",
                "THE_LEARNER,       NOT_FOUND",
                "ADMIN_OF_SCHOOL_A, NOT_FOUND",
                "STAFF_OF_SCHOOL_A, NOT_FOUND",
                "RECRUITER,         NOT_FOUND",
        })
        void an_independent_learner_keeps_their_own_academic_part(Who who, Outcome expected) {
            var selfTaught = new AcademicCommand("BOB-1", "Autodidacte", 2024, List.of("Mixage"), List.of(),
                    List.of(new AcademicCommand.LanguageInput("EN", CefrLevel.B2)));

            assertThat(Outcome.of(() -> service.updateAcademic(as(who), bob.id(), selfTaught, 0L)))
                    .isEqualTo(expected);

            Academic expectedAcademic = expected == Outcome.OK
                    ? new Academic(null, null, "Autodidacte", 2024, List.of("Mixage"), List.of(),
                            List.of(new Academic.Language("en", CefrLevel.B2)))
                    : Academic.NONE;
            assertThat(stored(bob).academic()).isEqualTo(expectedAcademic);
        }

        @ParameterizedTest
        @EnumSource(Edit.class)
        void a_missing_learner_is_not_found_even_for_a_platform_admin(Edit edit) {
            assertThatThrownBy(() -> edit(edit, as(Who.PLATFORM_ADMIN), MISSING))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void identity_changes_are_stored_normalised() {
            Learner renamed = service.updateIdentity(as(Who.THE_LEARNER), alice.id(), ALICE_RENAMED, 0L);

            assertThat(renamed.identity()).isEqualTo(new LearnerIdentity("Alicia", "Martin", Actors.emailOf("alice"),
                    "+33612345678", null, null));
            assertThat(renamed.type()).isEqualTo(alice.type());
            assertThat(renamed.status()).isEqualTo(alice.status());
            assertThat(renamed.version()).isEqualTo(1);
            assertThat(renamed.updatedAt()).isEqualTo(Fixtures.NOW);
            assertThat(stored(alice)).isEqualTo(renamed);
        }

        @Test
        void setting_a_skill_adds_it_or_replaces_the_one_with_its_code() {
            service.setSkill(as(Who.THE_LEARNER), alice.id(), HABILITATION_B0L);
            Learner learner = service.setSkill(as(Who.THE_LEARNER), alice.id(),
                    new SkillCommand(" sound-mixing ", ProficiencyLevel.ADVANCED, List.of(), null));

            assertThat(learner.skills()).extracting(LearnerSkill::code, LearnerSkill::level).containsExactly(
                    tuple("elec-b0l", ProficiencyLevel.BEGINNER),
                    tuple("sound-mixing", ProficiencyLevel.ADVANCED));
            assertThat(stored(alice).version()).isEqualTo(2);
        }

        @Test
        void removing_a_skill_drops_it() {
            Learner learner = service.removeSkill(as(Who.THE_LEARNER), alice.id(), "sound-mixing");

            assertThat(learner.skills()).isEmpty();
            assertThat(stored(alice).skills()).isEmpty();
        }

        @Test
        void background_and_career_replace_the_stored_ones() {
            service.updateBackground(as(Who.THE_LEARNER), alice.id(), CACES, 0L);
            Learner learner = service.updateCareer(as(Who.THE_LEARNER), alice.id(), SOUND_ENGINEER, 1L);

            assertThat(learner.background().certifications()).extracting(Background.Certification::name)
                    .containsExactly("CACES R489");
            assertThat(learner.background().portfolio()).extracting(Object::toString)
                    .containsExactly("https://alice.example.fr");
            assertThat(learner.career().targetRoles()).containsExactly("Ingénieure du son");
            assertThat(learner.career().mobility().radiusKm()).isEqualTo(30);
            assertThat(learner.version()).isEqualTo(2);
        }

        @ParameterizedTest
        @EnumSource(Edit.class)
        void every_change_keeps_the_readiness_score_of_the_day(Edit edit) {
            Learner changed = edit(edit, as(Who.PLATFORM_ADMIN), alice.id());

            assertScoredForToday(changed);
            assertScoredForToday(stored(alice));
        }

        @Test
        void a_program_of_another_school_or_of_none_is_refused() {
            for (String program : List.of("BAC-PRO-MV", "MASTER-X")) {
                assertThat(Violations.thrownBy(() ->
                        service.updateAcademic(as(Who.STAFF_OF_SCHOOL_A), alice.id(), academic("A-001", program), 0L)))
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple(List.of("programCode"), ErrorCode.INVALID));
            }
            assertThat(stored(alice)).isEqualTo(alice);
        }

        @Test
        void a_program_is_recognised_in_any_case() {
            assertThat(Outcome.of(() ->
                    service.updateAcademic(as(Who.STAFF_OF_SCHOOL_A), alice.id(), academic("A-001", "cap-mva"), 0L)))
                    .isEqualTo(Outcome.OK);
        }
        @Test
        void a_program_is_stored_as_the_school_spells_it() {
            Learner learner = service.updateAcademic(as(Who.STAFF_OF_SCHOOL_A), alice.id(),
                    academic("A-001", "cap-mva"), 0L);

            assertThat(learner.academic().programCode()).isEqualTo("CAP-MVA");
        }
        @Test
        void someone_who_may_not_change_the_academic_part_is_forbidden_whatever_the_program() {
            assertThat(Outcome.of(() ->
                    service.updateAcademic(as(Who.THE_LEARNER), alice.id(), academic("A-001", "NOPE"), 0L)))
                    .isEqualTo(Outcome.FORBIDDEN);
        }

        @Test
        void an_external_id_names_one_learner_of_the_school() {
            scene.seedLearner(LearnerScene.learner("learner-dave", null, "Dave", "Roux",
                    new Academic(SCHOOL_A, "A-002", null, null, List.of(), List.of(), List.of()),
                    ArrivalSource.SCHOOL_IMPORT));

            assertThat(Violations.thrownBy(() ->
                    service.updateAcademic(as(Who.ADMIN_OF_SCHOOL_A), alice.id(), academic("A-002", "BTS-SON"), 0L)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("externalStudentId"), ErrorCode.DUPLICATE));
            assertThat(service.updateAcademic(as(Who.ADMIN_OF_SCHOOL_A), alice.id(), academic("B-001", "BTS-SON"), 0L)
                    .academic().externalStudentId()).isEqualTo("B-001");
        }

        @Test
        void invalid_commands_change_nothing() {
            var invalid = new AcademicCommand(null, null, 1900, List.of(), List.of(),
                    List.of(new AcademicCommand.LanguageInput("fra", null)));

            assertThat(Violations.fieldsThrownBy(() ->
                    service.updateAcademic(as(Who.ADMIN_OF_SCHOOL_A), alice.id(), invalid, 0L)))
                    .containsExactly(List.of("graduationYear"), List.of("languages", "0", "code"),
                            List.of("languages", "0", "level"));
            assertThat(Violations.fieldsThrownBy(() -> service.updateIdentity(as(Who.THE_LEARNER), alice.id(),
                    new IdentityCommand("", "", "nope", "12", null, null), 0L)))
                    .containsExactly(List.of("identity", "firstName"), List.of("identity", "lastName"),
                            List.of("identity", "email"), List.of("identity", "phone"));
            assertThat(stored(alice)).isEqualTo(alice);
            assertThat(learners.events()).isEmpty();
        }
    }

    @Nested
    class Versions {

        @ParameterizedTest
        @EnumSource(value = Edit.class, names = {"IDENTITY", "ACADEMIC", "BACKGROUND", "CAREER"})
        void a_stale_expected_version_is_refused(Edit edit) {
            edit(edit, as(Who.PLATFORM_ADMIN), alice.id());
            Learner afterFirst = stored(alice);

            assertThat(Violations.thrownBy(() -> staleEdit(edit)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("expectedVersion"), ErrorCode.STALE_VERSION));
            assertThat(stored(alice)).isEqualTo(afterFirst);
            assertThat(learners.events()).hasSize(1);
        }

        private Learner staleEdit(Edit edit) {
            Actor admin = as(Who.PLATFORM_ADMIN);
            return switch (edit) {
                case IDENTITY -> service.updateIdentity(admin, alice.id(), ALICE_AS_SEEDED, 0L);
                case ACADEMIC -> service.updateAcademic(admin, alice.id(), academic("A-001", "BTS-SON"), 0L);
                case BACKGROUND -> service.updateBackground(admin, alice.id(),
                        new BackgroundCommand(List.of(), List.of(), List.of()), 0L);
                case CAREER -> service.updateCareer(admin, alice.id(),
                        new CareerCommand(List.of(), List.of(), null, List.of(), null), 0L);
                default -> throw new IllegalArgumentException(edit.name());
            };
        }

        @Test
        void a_change_without_expected_version_is_retried_on_the_fresh_profile() {
            learners.beforeNextWrite(() -> learners.seed(new Learner(alice.id(), alice.subject(), alice.detachment(),
                    alice.identity(),
                    LearnerType.CAREER_CHANGER, alice.status(), alice.source(), alice.academic(), alice.skills(),
                    alice.background(), alice.career(), alice.readinessScore(), alice.createdBy(), alice.createdAt(),
                    alice.updatedAt(), 1)));

            Learner renamed = service.updateIdentity(as(Who.THE_LEARNER), alice.id(), ALICE_RENAMED, null);

            assertThat(renamed.version()).isEqualTo(2);
            assertThat(renamed.identity().firstName()).isEqualTo("Alicia");
            assertThat(renamed.type()).isEqualTo(LearnerType.CAREER_CHANGER);
            assertThat(learners.events()).singleElement().extracting(DomainEvent::version).isEqualTo(2L);
        }

        @Test
        void a_change_with_expected_version_losing_a_race_is_stale() {
            learners.beforeNextWrite(() -> learners.seed(new Learner(alice.id(), alice.subject(), alice.detachment(),
                    alice.identity(),
                    LearnerType.CAREER_CHANGER, alice.status(), alice.source(), alice.academic(), alice.skills(),
                    alice.background(), alice.career(), alice.readinessScore(), alice.createdBy(), alice.createdAt(),
                    alice.updatedAt(), 1)));

            assertThat(Violations.thrownBy(() ->
                    service.updateIdentity(as(Who.THE_LEARNER), alice.id(), ALICE_RENAMED, 0L)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("expectedVersion"), ErrorCode.STALE_VERSION));
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void no_op_changes_write_nothing_and_keep_the_version() {
            Actor learner = as(Who.THE_LEARNER);
            Actor staff = as(Who.STAFF_OF_SCHOOL_A);

            assertThat(service.updateIdentity(learner, alice.id(), ALICE_AS_SEEDED, 0L)).isEqualTo(alice);
            assertThat(service.updateAcademic(staff, alice.id(), academic(" A-001 ", "BTS-SON"), 0L)).isEqualTo(alice);
            assertThat(service.setSkill(learner, alice.id(), new SkillCommand("sound-mixing",
                    ProficiencyLevel.INTERMEDIATE, List.of(), null))).isEqualTo(alice);
            assertThat(service.removeSkill(learner, alice.id(), "elec-b0l")).isEqualTo(alice);
            assertThat(service.updateBackground(learner, alice.id(),
                    new BackgroundCommand(List.of(), List.of(), List.of()), 0L)).isEqualTo(alice);
            assertThat(service.updateCareer(learner, alice.id(),
                    new CareerCommand(List.of(), List.of(), null, List.of(), null), 0L)).isEqualTo(alice);

            assertThat(stored(alice).version()).isZero();
            assertThat(learners.events()).isEmpty();
        }
    }

    /** Each change writes exactly one event naming what changed; refusals and no-ops write none. */
    @Nested
    class Events {

        private static final Initiator ADMIN_OF_A = new Initiator("admin-a", Set.of(), KEY_A, null, null);
        private static final Initiator STAFF_OF_A = new Initiator("staff-a", Set.of(), KEY_A, null, null);
        private static final Initiator PLATFORM_ADMIN_FOR_A =
                new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"), null, KEY_A, null);
        private static final Initiator ADVISOR_FOR_A = new Initiator("advisor", Set.of("ADVISOR"), null, KEY_A, null);
        private static final Map<String, String> OF_SCHOOL_A = Map.of("school", KEY_A);
        private static final List<String> SET_BY_REGISTRATION = List.of("identity", "type", "status", "source",
                "academic", "skills", "background", "career", "readinessScore", "createdBy");

        @Test
        void a_self_registration_writes_learner_registered_by_the_learner() {
            Learner dave = service.register(Actors.learner("dave"), registration("Dave", null));

            assertThat(learners.events()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    DomainEvents.expected(LearnerEvents.REGISTERED, "Learner", dave.id(), 0,
                            new Initiator("dave", Set.of("LEARNER"), null, null, null),
                            Stream.concat(Stream.of("subject"), SET_BY_REGISTRATION.stream()).toList(), Map.of()));
        }

        @Test
        void a_registration_by_school_staff_is_made_as_a_member_of_the_school() {
            Learner dave = service.register(as(Who.ADMIN_OF_SCHOOL_A), registration("Dave", SCHOOL_A));

            assertThat(learners.events()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    DomainEvents.expected(LearnerEvents.REGISTERED, "Learner", dave.id(), 0, ADMIN_OF_A,
                            SET_BY_REGISTRATION, OF_SCHOOL_A));
        }

        @Test
        void a_registration_by_an_advisor_is_made_on_behalf_of_the_school() {
            Learner dave = service.register(as(Who.ADVISOR), registration("Dave", SCHOOL_A));

            assertThat(learners.events()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    DomainEvents.expected(LearnerEvents.REGISTERED, "Learner", dave.id(), 0, ADVISOR_FOR_A,
                            SET_BY_REGISTRATION, OF_SCHOOL_A));
        }

        @Test
        void refused_registrations_write_no_event() {
            Violations.thrownBy(() -> service.register(as(Who.THE_LEARNER), registration("Alice", null)));
            Outcome.of(() -> service.register(Actors.learner("dave"), registration("Dave", SCHOOL_A)));
            Violations.thrownBy(() -> service.register(Actors.learner("dave"),
                    new LearnerRegistration(identity("", "", ""), LearnerType.STUDENT, null)));
            assertThat(Outcome.of(() -> service.register(as(Who.RECRUITER), registration("Rita", null))))
                    .isEqualTo(Outcome.FORBIDDEN);

            assertThat(learners.events()).isEmpty();
        }

        @Test
        void school_staff_change_the_academic_part_as_members_of_the_school() {
            Learner changed = service.updateAcademic(as(Who.STAFF_OF_SCHOOL_A), alice.id(), ALICE_IN_CAP, 0L);

            assertThat(learners.events()).singleElement().satisfies(event -> assertEvent(event,
                    LearnerEvents.ACADEMIC_UPDATED, changed, 1, STAFF_OF_A, List.of("academic.programCode"),
                    OF_SCHOOL_A));
        }

        @Test
        void a_platform_admin_acts_on_behalf_of_the_learners_school() {
            Learner changed = service.updateIdentity(as(Who.PLATFORM_ADMIN), alice.id(), ALICE_RENAMED, 0L);

            assertThat(learners.events()).singleElement().satisfies(event -> assertEvent(event,
                    LearnerEvents.IDENTITY_UPDATED, changed, 1, PLATFORM_ADMIN_FOR_A,
                    List.of("identity.firstName", "identity.phone"), OF_SCHOOL_A));
        }

        @Test
        void a_platform_admin_acts_for_nobody_on_an_independent_learner() {
            Learner changed = service.updateCareer(as(Who.PLATFORM_ADMIN), bob.id(), SOUND_ENGINEER, 0L);

            assertThat(learners.events()).singleElement().satisfies(event -> assertEvent(event,
                    LearnerEvents.CAREER_UPDATED, changed, 1,
                    new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"), null, null, null),
                    List.of("career.targetRoles", "career.mobility"), Map.of()));
        }

        @Test
        void the_learner_changes_their_own_profile_as_themselves() {
            service.setSkill(as(Who.THE_LEARNER), alice.id(), HABILITATION_B0L);
            service.removeSkill(as(Who.THE_LEARNER), alice.id(), "sound-mixing");
            service.updateBackground(as(Who.THE_LEARNER), alice.id(), CACES, 2L);
            service.updateCareer(as(Who.THE_LEARNER), alice.id(), SOUND_ENGINEER, 3L);
            service.updateIdentity(as(Who.THE_LEARNER), alice.id(), ALICE_RENAMED, 4L);

            assertThat(learners.events()).extracting(DomainEvent::type, DomainEvent::version).containsExactly(
                    tuple(LearnerEvents.SKILLS_CHANGED, 1L),
                    tuple(LearnerEvents.SKILLS_CHANGED, 2L),
                    tuple(LearnerEvents.BACKGROUND_UPDATED, 3L),
                    tuple(LearnerEvents.CAREER_UPDATED, 4L),
                    tuple(LearnerEvents.IDENTITY_UPDATED, 5L));
            assertThat(learners.events()).allSatisfy(event -> {
                assertThat(event.initiator().subject()).isEqualTo("alice");
                assertThat(event.initiator().roles()).containsExactly("LEARNER");
                assertThat(event.initiator().organisation()).isNull();
                assertThat(event.attributes()).isEqualTo(OF_SCHOOL_A);
            });
            assertThat(learners.events()).map(event -> event.changedFields().stream()
                    .filter(field -> !field.equals("readinessScore")).toList())
                    .containsExactly(List.of("skills"), List.of("skills"),
                            List.of("background.certifications", "background.portfolio"),
                            List.of("career.targetRoles", "career.mobility"),
                            List.of("identity.firstName", "identity.phone"));
            assertThat(learners.events()).extracting(DomainEvent::id).doesNotHaveDuplicates();
            assertThat(stored(alice).version()).isEqualTo(5);
        }

        @Test
        void refused_changes_write_no_event() {
            for (Edit edit : Edit.values()) {
                Outcome.of(() -> edit(edit, as(Who.ADVISOR), alice.id()));
                Outcome.of(() -> edit(edit, as(Who.ADMIN_OF_SCHOOL_B), alice.id()));
            }
            Violations.thrownBy(() -> service.updateIdentity(as(Who.THE_LEARNER), alice.id(), ALICE_RENAMED, 7L));
            Violations.thrownBy(() -> service.setSkill(as(Who.THE_LEARNER), alice.id(),
                    new SkillCommand("juggling", ProficiencyLevel.EXPERT, List.of(), null)));

            assertThat(learners.events()).isEmpty();
            assertThat(stored(alice)).isEqualTo(alice);
        }

        @Test
        void a_member_of_several_schools_acts_as_a_member_of_the_learners_school() {
            Actor adminOfBothSchools = Actors.member(scene.memberships, "admin-a", Tenant.school(SCHOOL_B),
                    MembershipRole.SCHOOL_STAFF);

            service.updateAcademic(adminOfBothSchools, alice.id(), ALICE_IN_CAP, 0L);

            assertThat(learners.events()).singleElement().extracting(event -> event.initiator().organisation())
                    .isEqualTo(KEY_A);
        }
    }
}
