package fr.passerelle.internship.service;

import static fr.passerelle.internship.service.MarketplaceScene.LIGHTING;
import static fr.passerelle.internship.service.MarketplaceScene.PARIS;
import static fr.passerelle.internship.service.MarketplaceScene.SCHOOL_A;
import static fr.passerelle.internship.service.MarketplaceScene.SCHOOL_B;
import static fr.passerelle.internship.service.MarketplaceScene.SITE_PARIS;
import static fr.passerelle.internship.service.MarketplaceScene.SOUND_MIXING;
import static fr.passerelle.internship.service.MarketplaceScene.START;
import static fr.passerelle.internship.service.MarketplaceScene.offer;
import static fr.passerelle.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.Candidate;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.MatchWeights;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.Scored;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.internship.port.in.MatchUseCases;
import fr.passerelle.internship.port.in.OfferCommand.SkillInput;
import fr.passerelle.internship.service.MarketplaceScene.Who;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.InMemoryApplications;
import fr.passerelle.testing.InMemoryOffers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MatchServiceTest {

    private final MarketplaceScene scene = new MarketplaceScene(new UnorderedOffers(), new InMemoryApplications());
    private final MatchService service = scene.matchService;

    /**
     * Offers whose match candidates come back in reverse id order: the port promises no order, so the ranking must
     * not lean on the store's.
     */
    static final class UnorderedOffers extends InMemoryOffers {

        @Override
        public List<MatchTerms> matchCandidates(MatchPrefilter prefilter, int limit) {
            List<MatchTerms> found = new ArrayList<>(super.matchCandidates(prefilter, limit));
            Collections.reverse(found);
            return found;
        }
    }

    private Actor as(Who who) {
        return scene.as(who);
    }

    private static SkillInput needs(String code) {
        return new SkillInput(code, ProficiencyLevel.BEGINNER);
    }

    private List<String> offersForAlice(Who who, int first) {
        return service.offersFor(as(who), scene.alice.id(), Paging.first(first, null)).items().stream()
                .map(scored -> scored.item().id()).toList();
    }

    private static List<String> learnerIds(List<Scored<Candidate>> candidates) {
        return candidates.stream().map(scored -> scored.item().learner().id()).toList();
    }

    private static int skillPoints(List<Scored<Candidate>> candidates, String learnerId) {
        return candidates.stream().filter(scored -> scored.item().learner().id().equals(learnerId)).findFirst()
                .orElseThrow().match().skills().points();
    }

    /** alice, from now on willing to work anywhere. */
    private void aliceRelocates() {
        Learner alice = scene.alice;
        scene.seed(alice.withCareer(MarketplaceScene.career(new CareerPreferences.Mobility(
                alice.career().mobility().homeBase(), 30, true, false)), NOW));
    }

    @Nested
    class OffersForALearner {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "ALICE,             OK",
                "STAFF_OF_SCHOOL_A, OK",
                "ADVISOR,           OK",
                "PLATFORM_ADMIN,    OK",
                "STAFF_OF_SCHOOL_B, NOT_FOUND",
                "RECRUITER_OF_C,    NOT_FOUND",
                "BOB,               NOT_FOUND",
        })
        void offers_are_proposed_for_a_learner_the_caller_may_read(Who who, String expected) {
            scene.published(offer());

            if (expected.equals("OK")) {
                assertThat(offersForAlice(who, 10)).hasSize(1);
            } else {
                assertThatThrownBy(() -> offersForAlice(who, 10)).isInstanceOf(NotFoundException.class)
                        .hasMessage("Learner learner-alice not found");
            }
        }

        @Test
        void a_missing_learner_is_not_found() {
            assertThatThrownBy(() -> service.offersFor(as(Who.ADVISOR), "learner-404", Paging.first(10, null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void only_open_offers_meant_for_the_learner_are_proposed() {
            InternshipOffer open = scene.published(offer());
            scene.draft(offer());
            scene.seedOffer("offer-expired", OfferStatus.PUBLISHED, offer().startingIn(-1));
            scene.seedOffer("offer-closed", OfferStatus.CLOSED, offer());
            scene.seedOffer("offer-filled", OfferStatus.FILLED, offer());
            scene.published(offer().targetSchools(SCHOOL_B));
            scene.published(offer().targetPrograms("CAP-MVA"));
            InternshipOffer forHerSchool = scene.published(offer().targetSchools(SCHOOL_A).targetPrograms("BTS-SON"));

            assertThat(offersForAlice(Who.ALICE, 50)).containsExactlyInAnyOrder(open.id(), forHerSchool.id());
        }

        @Test
        void an_independent_learner_is_proposed_the_offers_meant_for_everyone_only() {
            InternshipOffer open = scene.published(offer());
            scene.published(offer().targetSchools(SCHOOL_A));

            assertThat(service.offersFor(as(Who.BOB), scene.bob.id(), Paging.first(10, null)).items()).extracting(scored -> scored.item().id())
                    .containsExactly(open.id());
        }

        @Test
        void the_best_match_comes_first_then_the_id() {
            InternshipOffer laterStart = scene.published(offer().dates(START.plusDays(7), START.plusDays(60)));
            InternshipOffer weaker = scene.published(offer().required(needs("pro-tools")));
            InternshipOffer best = scene.published(offer());
            InternshipOffer sameAsBest = scene.published(offer());

            List<Scored<InternshipOffer>> proposed = service.offersFor(as(Who.ALICE), scene.alice.id(),
                    Paging.first(10, null)).items();

            List<String> equallyGood = Stream.of(laterStart.id(), best.id(), sameAsBest.id()).sorted().toList();
            assertThat(proposed).extracting(scored -> scored.item().id())
                    .containsExactly(equallyGood.get(0), equallyGood.get(1), equallyGood.get(2), weaker.id());
            assertThat(proposed.get(0).match().score()).isEqualTo(proposed.get(2).match().score())
                    .isGreaterThan(proposed.get(3).match().score());
            assertThat(proposed).allSatisfy(scored -> assertThat(scored.match().learnerId())
                    .isEqualTo(scene.alice.id()));
        }

        @Test
        void pages_of_offers_follow_one_another_from_their_keysets_without_gap_or_repeat() {
            for (int i = 100; i < 160; i++) {
                scene.seedOffer("offer-" + i, OfferStatus.PUBLISHED, offer());
            }
            List<String> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            Keyset after = null;
            Page<Scored<InternshipOffer>> page;
            do {
                page = service.offersFor(as(Who.ALICE), scene.alice.id(), Paging.first(25, after));
                page.items().forEach(scored -> seen.add(scored.item().id()));
                sizes.add(page.items().size());
                after = page.keys().isEmpty() ? null : page.keys().get(page.keys().size() - 1);
            } while (page.hasNextPage());

            assertThat(sizes).containsExactly(25, 25, 10);
            assertThat(seen).doesNotHaveDuplicates().hasSize(60).isEqualTo(offersForAlice(Who.ALICE, 100));
            Page<Scored<InternshipOffer>> back = service.offersFor(as(Who.ALICE), scene.alice.id(),
                    Paging.last(10, page.keys().get(0)));
            assertThat(back.items()).extracting(scored -> scored.item().id()).isEqualTo(seen.subList(40, 50));
            assertThat(back.hasPreviousPage()).isTrue();
        }

        @Test
        void a_learner_who_stays_near_home_is_not_proposed_a_far_offer_unless_it_is_remote() {
            InternshipOffer near = scene.published(offer());
            scene.published(offer().site(SITE_PARIS));
            InternshipOffer remote = scene.published(offer().site(SITE_PARIS).workMode(WorkMode.REMOTE));

            assertThat(offersForAlice(Who.ALICE, 10)).containsExactlyInAnyOrder(near.id(), remote.id());
        }

        @Test
        void a_learner_willing_to_relocate_is_proposed_far_offers_too() {
            InternshipOffer near = scene.published(offer());
            InternshipOffer inParis = scene.published(offer().site(SITE_PARIS));
            aliceRelocates();

            List<Scored<InternshipOffer>> proposed = service.offersFor(as(Who.ALICE), scene.alice.id(),
                    Paging.first(10, null)).items();

            assertThat(proposed).extracting(scored -> scored.item().id())
                    .containsExactlyInAnyOrder(near.id(), inParis.id());
            assertThat(proposed).filteredOn(scored -> scored.item().id().equals(inParis.id())).singleElement()
                    .satisfies(scored -> assertThat(scored.match().distance().willingToRelocate()).isTrue());
            assertThat(inParis.terms().location()).isEqualTo(PARIS);
        }

        @Test
        void a_learner_willing_to_relocate_is_proposed_an_offer_that_asks_no_skill() {
            InternshipOffer noSkillAsked = scene.published(offer().site(SITE_PARIS).required().niceToHave());
            aliceRelocates();

            assertThat(offersForAlice(Who.ALICE, 10)).contains(noSkillAsked.id());
        }
    }

    @Nested
    class CandidatesForAnOffer {

        private InternshipOffer offer;
        private Application alicesApplication;
        private Application carolsApplication;

        /** alice applied sharing everything, carol sharing her academic part only; bob did not apply. */
        private void aliceAndCarolApplied(MarketplaceScene.OfferCommandBuilder command) {
            offer = scene.published(command);
            alicesApplication = scene.apply(Who.ALICE, offer, ProfilePart.values());
            carolsApplication = scene.apply(Who.CAROL, offer, ProfilePart.ACADEMIC);
        }

        private List<Scored<Candidate>> candidates(Who who) {
            return service.candidatesFor(as(who), offer.id(), Paging.first(MatchUseCases.MAX_RESULTS, null)).items();
        }

        @ParameterizedTest(name = "{0} ranks [{1}]")
        @CsvSource({
                "ADVISOR,           'learner-alice,learner-bob,learner-carol'",
                "PLATFORM_ADMIN,    'learner-alice,learner-bob,learner-carol'",
                "RECRUITER_OF_C,    'learner-alice,learner-carol'",
                "TUTOR_OF_C,        'learner-alice,learner-carol'",
                "STAFF_OF_SCHOOL_A, learner-alice",
                "STAFF_OF_SCHOOL_B, learner-carol",
                "RECRUITER_OF_D,    ''",
                "ALICE,             ''",
                "BOB,               ''",
        })
        void each_caller_ranks_the_learners_they_may_see(Who who, String expected) {
            aliceAndCarolApplied(offer());

            assertThat(learnerIds(candidates(who))).containsExactlyInAnyOrderElementsOf(
                    expected.isEmpty() ? List.of() : List.of(expected.split(",")));
        }

        @Test
        void a_company_sees_its_applicants_through_their_applications_only() {
            aliceAndCarolApplied(offer());

            List<Scored<Candidate>> candidates = candidates(Who.RECRUITER_OF_C);

            assertThat(candidates).extracting(scored -> scored.item().application().id())
                    .containsExactly(alicesApplication.id(), carolsApplication.id());
            Learner carolAsSeen = candidates.get(1).item().learner();
            assertThat(carolAsSeen.skills()).isEmpty();
            assertThat(carolAsSeen.academic().externalStudentId()).isNull();
            assertThat(carolAsSeen.subject()).isNull();
        }

        @Test
        void advisors_school_staff_and_admins_see_whole_profiles_without_applications() {
            aliceAndCarolApplied(offer());

            assertThat(candidates(Who.ADVISOR)).allSatisfy(scored -> assertThat(scored.item().application()).isNull());
            assertThat(candidates(Who.STAFF_OF_SCHOOL_B)).singleElement()
                    .satisfies(scored -> assertThat(scored.item().learner()).isEqualTo(scene.carol));
        }

        @Test
        void a_company_scores_an_applicant_on_the_parts_they_shared_only() {
            aliceAndCarolApplied(offer().required(new SkillInput(SOUND_MIXING, ProficiencyLevel.INTERMEDIATE))
                    .niceToHave(new SkillInput(LIGHTING, ProficiencyLevel.BEGINNER)));

            assertThat(skillPoints(candidates(Who.ADVISOR), scene.carol.id()))
                    .isEqualTo(MatchWeights.DEFAULT.skills());
            assertThat(skillPoints(candidates(Who.RECRUITER_OF_C), scene.carol.id())).isZero();
            assertThat(skillPoints(candidates(Who.RECRUITER_OF_C), scene.alice.id()))
                    .isEqualTo(MatchWeights.DEFAULT.skills());
        }

        @Test
        void a_company_ranks_open_applicants_only() {
            aliceAndCarolApplied(offer());
            scene.applicationService.withdraw(as(Who.ALICE), alicesApplication.id(), null);
            Application bobs = scene.apply(Who.BOB, offer, ProfilePart.SKILLS);
            scene.applicationService.reject(as(Who.RECRUITER_OF_C), bobs.id(), null);

            assertThat(learnerIds(candidates(Who.RECRUITER_OF_C))).containsExactly(scene.carol.id());
        }

        @Test
        void a_company_ranks_applicants_who_shared_no_school() {
            offer = scene.published(offer());
            scene.apply(Who.ALICE, offer, ProfilePart.SKILLS);
            scene.apply(Who.BOB, offer, ProfilePart.values());

            assertThat(learnerIds(candidates(Who.RECRUITER_OF_C))).containsExactlyInAnyOrder(scene.alice.id(), scene.bob.id());
        }

        @Test
        void the_best_candidate_comes_first() {
            aliceAndCarolApplied(offer());

            List<Scored<Candidate>> ranked = candidates(Who.RECRUITER_OF_C);

            assertThat(learnerIds(ranked)).containsExactly(scene.alice.id(), scene.carol.id());
            assertThat(ranked.get(0).match().score()).isGreaterThan(ranked.get(1).match().score());
        }

        @ParameterizedTest(name = "{0} ranks [{1}]")
        @CsvSource({
                "ADVISOR,           learner-alice",
                "STAFF_OF_SCHOOL_A, learner-alice",
                "RECRUITER_OF_C,    learner-alice",
                "STAFF_OF_SCHOOL_B, ''",
        })
        void an_offer_targeted_at_a_school_ranks_its_learners_only(Who who, String expected) {
            offer = scene.published(offer().targetSchools(SCHOOL_A));
            scene.apply(Who.ALICE, offer, ProfilePart.values());

            assertThat(learnerIds(candidates(who))).containsExactlyElementsOf(
                    expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void a_company_ranks_every_open_applicant_of_its_targeted_offer() {
            offer = scene.published(offer().targetSchools(SCHOOL_A));
            scene.apply(Who.ALICE, offer, ProfilePart.SKILLS);

            assertThat(learnerIds(candidates(Who.RECRUITER_OF_C))).containsExactly(scene.alice.id());
        }

        @ParameterizedTest(name = "first {0}: {1}")
        @CsvSource({"0, 0", "1, 1", "100, 3"})
        void a_page_of_candidates_holds_at_most_its_size(int first, int expected) {
            aliceAndCarolApplied(offer());

            assertThat(service.candidatesFor(as(Who.ADVISOR), offer.id(), Paging.first(first, null)).items())
                    .hasSize(expected);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"RECRUITER_OF_D", "ALICE", "STAFF_OF_SCHOOL_A"})
        void someone_elses_draft_is_not_found(Who who) {
            InternshipOffer draft = scene.draft(offer());

            assertThatThrownBy(() -> service.candidatesFor(as(who), draft.id(), Paging.first(10, null)))
                    .isInstanceOf(NotFoundException.class).hasMessage("InternshipOffer " + draft.id() + " not found");
        }
    }
}
