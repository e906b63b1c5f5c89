package fr.passerelle.internship.model;

import static fr.passerelle.internship.model.InternshipTestData.LYON;
import static fr.passerelle.internship.model.InternshipTestData.PARIS;
import static fr.passerelle.internship.model.InternshipTestData.PROGRAM;
import static fr.passerelle.internship.model.InternshipTestData.SCHOOL_A;
import static fr.passerelle.internship.model.InternshipTestData.VILLEURBANNE;
import static fr.passerelle.internship.model.InternshipTestData.learner;
import static fr.passerelle.internship.model.InternshipTestData.needs;
import static fr.passerelle.internship.model.InternshipTestData.period;
import static fr.passerelle.internship.model.InternshipTestData.published;
import static fr.passerelle.internship.model.InternshipTestData.requirement;
import static fr.passerelle.internship.model.InternshipTestData.skill;
import static fr.passerelle.internship.model.InternshipTestData.speaks;
import static fr.passerelle.internship.model.InternshipTestData.terms;
import static fr.passerelle.learner.model.CefrLevel.B1;
import static fr.passerelle.learner.model.CefrLevel.B2;
import static fr.passerelle.learner.model.CefrLevel.C1;
import static fr.passerelle.learner.model.CefrLevel.C2;
import static fr.passerelle.learner.model.CefrLevel.NATIVE;
import static fr.passerelle.learner.model.ProficiencyLevel.ADVANCED;
import static fr.passerelle.learner.model.ProficiencyLevel.BEGINNER;
import static fr.passerelle.learner.model.ProficiencyLevel.EXPERT;
import static fr.passerelle.learner.model.ProficiencyLevel.INTERMEDIATE;
import static fr.passerelle.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.internship.model.InternshipTestData.LearnerBuilder;
import fr.passerelle.internship.model.InternshipTestData.TermsBuilder;
import fr.passerelle.internship.model.Match.LanguageCheck;
import fr.passerelle.internship.model.Match.SkillCheck;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.GeoPoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected points are worked out by hand from the named constants and {@link MatchWeights#DEFAULT} (skills 40,
 * distance 20, dates 15, specialisation 10, partnership 5, languages 10); every division rounds down.
 */
class MatchingRulesTest {

    private static Match score(LearnerBuilder learner, TermsBuilder terms) {
        return score(learner, terms, Optional.of(PartnershipTier.STRATEGIC), MatchWeights.DEFAULT);
    }

    private static Match score(LearnerBuilder learner, TermsBuilder terms, Optional<PartnershipTier> tier,
                               MatchWeights weights) {
        return MatchingRules.score(learner.build(), published(terms.build()), tier, weights, TODAY);
    }

    @Test
    void the_named_constants_are_those_the_expected_points_were_computed_from() {
        assertThat(MatchingRules.REQUIRED_SKILLS_SHARE_PERCENT).isEqualTo(80);
        assertThat(MatchingRules.DISTANCE_FADE_FACTOR).isEqualTo(2);
        assertThat(MatchingRules.UNKNOWN_SHARE_PERCENT).isEqualTo(50);
        assertThat(MatchingRules.TIER_SHARE_PERCENT).containsExactlyInAnyOrderEntriesOf(Map.of(
                PartnershipTier.DISCOVERY, 0, PartnershipTier.CERTIFIED, 34, PartnershipTier.PREMIUM, 67,
                PartnershipTier.STRATEGIC, 100));
    }

    @Test
    void a_perfect_match_scores_100_with_every_reason_in_its_favour() {
        Match match = score(learner(), terms());

        assertThat(match.learnerId()).isEqualTo("learner-1");
        assertThat(match.offerId()).isEqualTo("offer-1");
        assertThat(match.score()).isEqualTo(100);
        assertThat(match.skills()).isEqualTo(new Match.SkillsFit(40, 40,
                List.of(new SkillCheck("sound-mixing", true, INTERMEDIATE, ADVANCED),
                        new SkillCheck("lighting", false, BEGINNER, BEGINNER)),
                List.of()));
        // Lyon–Villeurbanne: 4.32 km, reported as 4.3.
        assertThat(match.distance()).isEqualTo(new Match.DistanceFit(20, 20, 4.3, DistanceBand.UNDER_10_KM, 30, true, false, false));
        assertThat(match.dates()).isEqualTo(new Match.DatesFit(15, 15, 91, 91, true));
        assertThat(match.specialisation())
                .isEqualTo(new Match.SpecialisationFit(10, 10, List.of("Prise de son"), List.of()));
        assertThat(match.partnership()).isEqualTo(new Match.PartnershipFit(5, 5, PartnershipTier.STRATEGIC));
        assertThat(match.languages())
                .isEqualTo(new Match.LanguagesFit(10, 10, List.of(new LanguageCheck("en", B2, C1)), List.of()));
    }

    @Test
    void the_worst_match_scores_0() {
        var nobody = learner().skills().specialisations().languages().mobility(PARIS, 30, false)
                .availability(period("2025-08-01", "2025-08-31"));

        Match match = score(nobody, terms(), Optional.empty(), MatchWeights.DEFAULT);

        assertThat(match.score()).isZero();
        assertThat(List.of(match.skills().points(), match.distance().points(), match.dates().points(),
                match.specialisation().points(), match.partnership().points(), match.languages().points()))
                .containsOnly(0);
    }

    @Nested
    class Skills {

        // Of the 40 skill points, required skills earn 40 × 80 % = 32, nice-to-have ones the other 8.

        @Test
        void required_skills_held_and_nice_to_have_missing_earn_the_required_share() {
            Match match = score(learner().skills(skill("sound-mixing", INTERMEDIATE)), terms());

            assertThat(match.skills().points()).isEqualTo(32);
            assertThat(match.skills().covered())
                    .containsExactly(new SkillCheck("sound-mixing", true, INTERMEDIATE, INTERMEDIATE));
            assertThat(match.skills().missing()).containsExactly(new SkillCheck("lighting", false, BEGINNER, null));
        }

        @Test
        void a_skill_below_the_minimum_level_is_missing_and_shows_the_learners_level() {
            Match match = score(learner().skills(skill("sound-mixing", BEGINNER), skill("lighting", EXPERT)),
                    terms());

            assertThat(match.skills().points()).isEqualTo(8);
            assertThat(match.skills().missing())
                    .containsExactly(new SkillCheck("sound-mixing", true, INTERMEDIATE, BEGINNER));
            assertThat(match.skills().covered()).containsExactly(new SkillCheck("lighting", false, BEGINNER, EXPERT));
        }

        @Test
        void an_expired_habilitation_is_missing() {
            var expired = new LearnerSkill("caces-r489", ADVANCED, List.of(), TODAY.minusDays(1));

            Match match = score(learner().skills(skill("sound-mixing", ADVANCED), skill("lighting", BEGINNER),
                    expired), terms().required(requirement("sound-mixing", INTERMEDIATE),
                    requirement("caces-r489", BEGINNER)));

            // 32 × 1/2 + 8
            assertThat(match.skills().points()).isEqualTo(24);
            assertThat(match.skills().missing()).containsExactly(new SkillCheck("caces-r489", true, BEGINNER, null));
        }

        @Test
        void a_habilitation_still_counts_on_its_last_day() {
            var lastDay = new LearnerSkill("caces-r489", ADVANCED, List.of(), TODAY);

            Match match = score(learner().skills(lastDay), terms().required(requirement("caces-r489", BEGINNER))
                    .niceToHave());

            assertThat(match.skills().points()).isEqualTo(40);
            assertThat(match.skills().covered()).containsExactly(new SkillCheck("caces-r489", true, BEGINNER,
                    ADVANCED));
        }

        @Test
        void no_required_skills_earn_the_whole_required_share() {
            Match match = score(learner().skills(), terms().required()
                    .niceToHave(requirement("lighting", BEGINNER), requirement("pro-tools", BEGINNER)));

            // 32 (nothing required) + 8 × 0/2
            assertThat(match.skills().points()).isEqualTo(32);
            assertThat(match.skills().covered()).isEmpty();
            assertThat(match.skills().missing()).extracting(SkillCheck::code).containsExactly("lighting", "pro-tools");
        }

        @Test
        void an_offer_asking_for_no_skill_at_all_earns_the_whole_weight() {
            Match match = score(learner().skills(), terms().required().niceToHave());

            assertThat(match.skills()).isEqualTo(new Match.SkillsFit(40, 40, List.of(), List.of()));
        }

        @ParameterizedTest(name = "{0} of 3 required and {1} of 2 nice-to-have held: {2} points")
        @CsvSource({
                "0, 0,  0",   // 0 + 0
                "1, 0, 10",   // 32 × 1/3 = 10.67 → 10
                "2, 0, 21",   // 32 × 2/3 = 21.33 → 21
                "3, 0, 32",
                "0, 1,  4",   // 8 × 1/2
                "1, 1, 14",   // 10 + 4
                "3, 2, 40",
        })
        void points_are_proportional_to_the_skills_held_rounded_down(int requiredHeld, int niceHeld, int points) {
            List<String> required = List.of("r1", "r2", "r3");
            List<String> nice = List.of("n1", "n2");
            var held = Stream.concat(required.stream().limit(requiredHeld), nice.stream().limit(niceHeld))
                    .map(code -> skill(code, ADVANCED)).toArray(LearnerSkill[]::new);

            Match match = score(learner().skills(held), terms()
                    .required(required.stream().map(c -> requirement(c, BEGINNER)).toArray(SkillRequirement[]::new))
                    .niceToHave(nice.stream().map(c -> requirement(c, BEGINNER)).toArray(SkillRequirement[]::new)));

            assertThat(match.skills().points()).isEqualTo(points);
            assertThat(match.skills().covered()).hasSize(requiredHeld + niceHeld);
            assertThat(match.skills().missing()).hasSize(5 - requiredHeld - niceHeld);
        }
    }

    @Nested
    class Distance {

        private static final GeoPoint HOME = new GeoPoint(45.0, 5.0);

        /**
         * Site {@code degreesNorth} of a home base with a 30 km radius, along the meridian: 111.195 km a degree
         * (π × 6,371.0088 / 180). Beyond 30 km the 20 points fall linearly to 0 at 60 km:
         * {@code floor(20 × (60 − km) / 30)}.
         */
        @ParameterizedTest(name = "{1} km: {3} points")
        @CsvSource({
                "0.2, 22.2, true,  20",
                "0.3, 33.4, false, 17",   // 20 × 26.64 / 30 = 17.76
                "0.4, 44.5, false, 10",   // 20 × 15.52 / 30 = 10.35
                "0.5, 55.6, false,  2",   // 20 ×  4.40 / 30 =  2.94
                "0.6, 66.7, false,  0",   // beyond 2 × 30 km
                "4.0, 444.8, false, 0",
        })
        void beyond_the_radius_points_fade_linearly_to_zero_at_twice_the_radius(double degreesNorth, double km,
                                                                               boolean within, int points) {
            var site = new GeoPoint(45.0 + degreesNorth, 5.0);

            Match match = score(learner().mobility(HOME, 30, false), terms().location(site));

            assertThat(match.distance()).isEqualTo(new Match.DistanceFit(points, 20, km, DistanceBand.of(km), 30, within, false, false));
        }

        @Test
        void a_remote_offer_earns_full_points_wherever_the_learner_lives() {
            Match match = score(learner().mobility(PARIS, 30, false), terms().workMode(WorkMode.REMOTE));

            assertThat(match.distance()).isEqualTo(new Match.DistanceFit(20, 20, 391.5, DistanceBand.OVER_60_KM, 30, false, false, true));
        }

        @Test
        void a_learner_willing_to_relocate_earns_full_points() {
            Match match = score(learner().mobility(PARIS, 30, true), terms());

            assertThat(match.distance()).isEqualTo(new Match.DistanceFit(20, 20, 391.5, DistanceBand.OVER_60_KM, 30, false, true, false));
        }

        @Test
        void a_hybrid_offer_counts_the_distance_like_an_on_site_one() {
            Match match = score(learner().mobility(PARIS, 30, false), terms().workMode(WorkMode.HYBRID));

            assertThat(match.distance().points()).isZero();
        }

        @Test
        void an_unknown_home_base_earns_half() {
            Match match = score(learner().mobility(null, 30, false), terms());

            assertThat(match.distance()).isEqualTo(new Match.DistanceFit(10, 20, null, null, 30, false, false, false));
        }

        @Test
        void an_unknown_radius_earns_half_and_still_reports_the_distance() {
            Match match = score(learner().mobility(VILLEURBANNE, null, false), terms());

            assertThat(match.distance()).isEqualTo(new Match.DistanceFit(10, 20, 4.3, DistanceBand.UNDER_10_KM, null, false, false, false));
        }

        @Test
        void no_mobility_declared_earns_half() {
            Match match = score(learner().noMobility(), terms());

            assertThat(match.distance()).isEqualTo(new Match.DistanceFit(10, 20, null, null, null, false, false, false));
        }

        @Test
        void an_offer_without_a_location_earns_half() {
            Match match = score(learner(), terms().location(null));

            assertThat(match.distance()).isEqualTo(new Match.DistanceFit(10, 20, null, null, 30, false, false, false));
        }

        @Test
        void a_zero_radius_holds_only_the_home_base_itself() {
            assertThat(score(learner().mobility(LYON, 0, false), terms()).distance().points()).isEqualTo(20);
            assertThat(score(learner().mobility(VILLEURBANNE, 0, false), terms()).distance().points()).isZero();
        }
    }

    @Nested
    class Dates {

        // The offer runs from 1 April to 30 June 2025: 91 days. Points: floor(15 × available / 91).

        @ParameterizedTest(name = "{0}: {2} days, {3} points")
        @MethodSource("availabilities")
        void points_are_proportional_to_the_days_available_rounded_down(String title, List<String> periods,
                                                                         long availableDays, int points) {
            var ranges = periods.stream().map(p -> p.split("/")).map(p -> period(p[0], p[1]))
                    .toArray(DateRange[]::new);

            Match match = score(learner().availability(ranges), terms());

            assertThat(match.dates()).isEqualTo(new Match.DatesFit(points, 15, availableDays, 91, true));
        }

        static Stream<Arguments> availabilities() {
            return Stream.of(
                    Arguments.of("covering the offer", List.of("2025-03-15/2025-07-31"), 91L, 15),
                    Arguments.of("exactly the offer", List.of("2025-04-01/2025-06-30"), 91L, 15),
                    Arguments.of("April only", List.of("2025-04-01/2025-04-30"), 30L, 4),          // 4.95
                    Arguments.of("from mid-June on", List.of("2025-06-16/2025-09-30"), 15L, 2),    // 2.47
                    Arguments.of("April and June", List.of("2025-04-01/2025-04-30", "2025-06-01/2025-06-30"),
                            60L, 9),                                                               // 9.89
                    Arguments.of("June then April, unsorted",
                            List.of("2025-06-01/2025-06-30", "2025-04-01/2025-04-30"), 60L, 9),
                    Arguments.of("overlapping periods counted once",
                            List.of("2025-04-01/2025-04-30", "2025-04-15/2025-05-15"), 45L, 7),    // not 61 → 10
                    Arguments.of("a period inside another",
                            List.of("2025-03-01/2025-07-31", "2025-04-10/2025-04-20"), 91L, 15),
                    Arguments.of("the same period twice",
                            List.of("2025-04-01/2025-04-30", "2025-04-01/2025-04-30"), 30L, 4),
                    Arguments.of("before and after the offer",
                            List.of("2025-01-01/2025-03-31", "2025-07-01/2025-08-31"), 0L, 0),
                    Arguments.of("one day", List.of("2025-06-30/2025-06-30"), 1L, 0));             // 0.16
        }

        @Test
        void no_availability_declared_earns_half() {
            Match match = score(learner().availability(), terms());

            assertThat(match.dates()).isEqualTo(new Match.DatesFit(7, 15, 0, 91, false));
        }
    }

    @Nested
    class Specialisation {

        @Test
        void specialisations_match_ignoring_case_and_surrounding_spaces() {
            Match match = score(learner().specialisations("  prise DE SON "), terms());

            assertThat(match.specialisation())
                    .isEqualTo(new Match.SpecialisationFit(10, 10, List.of("Prise de son"), List.of()));
        }

        @ParameterizedTest(name = "{1} of {0}: {2} points")
        @CsvSource({
                "2, 1, 5",
                "3, 1, 3",   // 10 / 3 = 3.33
                "3, 2, 6",   // 6.67
                "1, 0, 0",
        })
        void points_are_proportional_to_the_specialisations_matched(int wanted, int held, int points) {
            String[] offer = Stream.of("Prise de son", "Mixage", "Sonorisation").limit(wanted).toArray(String[]::new);
            String[] learner = Stream.of(offer).limit(held).toArray(String[]::new);

            Match match = score(learner().specialisations(learner), terms().specialisations(offer));

            assertThat(match.specialisation().points()).isEqualTo(points);
            assertThat(match.specialisation().matched()).containsExactly(learner);
            assertThat(match.specialisation().unmatched()).hasSize(wanted - held);
        }

        @Test
        void an_offer_asking_for_no_specialisation_earns_the_whole_weight() {
            Match match = score(learner().specialisations(), terms().specialisations());

            assertThat(match.specialisation())
                    .isEqualTo(new Match.SpecialisationFit(10, 10, List.of(), List.of()));
        }
    }

    @Nested
    class Partnership {

        @ParameterizedTest(name = "{0}: {1} of 5, {2} of 100")
        @CsvSource({
                "DISCOVERY, 0,   0",
                "CERTIFIED, 1,  34",   // 5 × 34 % = 1.7
                "PREMIUM,   3,  67",   // 5 × 67 % = 3.35
                "STRATEGIC, 5, 100",
        })
        void the_schools_tier_earns_its_share_of_the_weight(PartnershipTier tier, int ofDefault, int ofHundred) {
            Match byDefault = score(learner(), terms(), Optional.of(tier), MatchWeights.DEFAULT);
            Match onlyPartnership = score(learner(), terms(), Optional.of(tier), new MatchWeights(0, 0, 0, 0, 100, 0));

            assertThat(byDefault.partnership()).isEqualTo(new Match.PartnershipFit(ofDefault, 5, tier));
            assertThat(onlyPartnership.partnership().points()).isEqualTo(ofHundred);
            assertThat(onlyPartnership.score()).isEqualTo(ofHundred);
        }

        @Test
        void an_independent_learner_earns_nothing_for_partnership() {
            Match match = score(learner().school(null), terms(), Optional.empty(), MatchWeights.DEFAULT);

            assertThat(match.partnership()).isEqualTo(new Match.PartnershipFit(0, 5, null));
            assertThat(match.score()).isEqualTo(95);
        }
    }

    @Nested
    class Languages {

        @ParameterizedTest(name = "{1} asked, learner at {0}: met {2}")
        @CsvSource({
                "C1,     B2, true",
                "B2,     B2, true",
                "B1,     B2, false",
                "NATIVE, C2, true",
                "C2,     NATIVE, false",
        })
        void a_language_is_met_at_or_above_the_level_asked(CefrLevel learnerLevel,
                                                           CefrLevel asked, boolean met) {
            Match match = score(learner().languages(speaks("en", learnerLevel)), terms().languages(needs("en", asked)));

            var check = new LanguageCheck("en", asked, learnerLevel);
            assertThat(match.languages()).isEqualTo(met
                    ? new Match.LanguagesFit(10, 10, List.of(check), List.of())
                    : new Match.LanguagesFit(0, 10, List.of(), List.of(check)));
        }

        @Test
        void a_language_the_learner_does_not_speak_is_unmet_without_a_level() {
            Match match = score(learner().languages(speaks("fr", NATIVE)), terms());

            assertThat(match.languages().unmet()).containsExactly(new LanguageCheck("en", B2, null));
            assertThat(match.languages().points()).isZero();
        }

        @Test
        void native_speakers_meet_the_highest_level() {
            Match match = score(learner().languages(speaks("fr", NATIVE)),
                    terms().languages(needs("fr", C2)));

            assertThat(match.languages().met()).containsExactly(new LanguageCheck("fr", C2, NATIVE));
        }

        @ParameterizedTest(name = "{1} of {0}: {2} points")
        @CsvSource({
                "2, 1, 5",
                "3, 1, 3",
                "3, 2, 6",
                "0, 0, 10",
        })
        void points_are_proportional_to_the_languages_met(int asked, int met, int points) {
            var requirements = Stream.of("en", "es", "de").limit(asked).map(code -> needs(code, B1))
                    .toArray(LanguageRequirement[]::new);
            var spoken = Stream.of("en", "es", "de").limit(met).map(code -> speaks(code, C1))
                    .toArray(Academic.Language[]::new);

            Match match = score(learner().languages(spoken), terms().languages(requirements));

            assertThat(match.languages().points()).isEqualTo(points);
            assertThat(match.languages().met()).hasSize(met);
            assertThat(match.languages().unmet()).hasSize(asked - met);
        }
    }

    @Nested
    class Eligibility {

        @Test
        void an_untargeted_offer_is_for_every_learner() {
            assertThat(MatchingRules.eligible(learner().build(), published(terms().build()))).isTrue();
            assertThat(MatchingRules.eligible(learner().school(null).program(null).build(),
                    published(terms().build()))).isTrue();
        }

        @ParameterizedTest(name = "schools {0}, programs {1}: {2}")
        @CsvSource(delimiter = '|', value = {
                "school-a          |                  | true",
                "school-b          |                  | false",
                "school-b,school-a |                  | true",
                "                  | BTS-SON          | true",
                "                  | bts-son          | true",
                "                  | CAP-MVA          | false",
                "                  | CAP-MVA,BTS-SON  | true",
                "school-a          | BTS-SON          | true",
                "school-a          | CAP-MVA          | false",
                "school-b          | BTS-SON          | false",
        })
        void a_targeted_offer_is_for_the_learners_of_its_schools_and_programs(String schools, String programs,
                                                                              boolean eligible) {
            var terms = terms().targetSchools(split(schools)).targetPrograms(split(programs));
            Learner learner = learner().school(SCHOOL_A).program(PROGRAM).build();

            assertThat(MatchingRules.eligible(learner, published(terms.build()))).isEqualTo(eligible);
        }

        @Test
        void a_learner_without_a_program_is_not_eligible_to_a_program_targeted_offer() {
            Learner learner = learner().program(null).build();

            assertThat(MatchingRules.eligible(learner, published(terms().targetPrograms(PROGRAM).build()))).isFalse();
        }
        @Test
        void an_independent_learner_is_not_eligible_to_a_school_targeted_offer() {
            Learner independent = learner().school(null).build();

            assertThat(MatchingRules.eligible(independent, published(terms().targetSchools(SCHOOL_A).build())))
                    .isFalse();
        }

        private static String[] split(String csv) {
            return csv == null ? new String[0] : csv.split(",");
        }
    }

    @Nested
    class Score {

        static Stream<Arguments> pairs() {
            return Stream.of(
                    Arguments.of("perfect", learner(), terms(), Optional.of(PartnershipTier.STRATEGIC)),
                    Arguments.of("far, below level", learner().mobility(PARIS, 30, false)
                            .skills(skill("sound-mixing", BEGINNER)), terms(), Optional.of(PartnershipTier.PREMIUM)),
                    Arguments.of("nothing declared", learner().skills().specialisations().languages().noMobility()
                            .availability(), terms(), Optional.empty()),
                    Arguments.of("partial dates, odd shares", learner().availability(period("2025-04-01", "2025-04-30"))
                            .languages(speaks("en", B1)), terms().specialisations("Prise de son", "Mixage", "Live")
                            .languages(needs("en", B2), needs("es", B1), needs("fr", C1)),
                            Optional.of(PartnershipTier.CERTIFIED)),
                    Arguments.of("fading distance", learner().mobility(new GeoPoint(45.0, 5.0), 30, false),
                            terms().location(new GeoPoint(45.3, 5.0)), Optional.of(PartnershipTier.DISCOVERY)));
        }

        static Stream<MatchWeights> weights() {
            return Stream.of(MatchWeights.DEFAULT, new MatchWeights(17, 17, 17, 17, 16, 16),
                    new MatchWeights(1, 1, 1, 1, 1, 95), new MatchWeights(33, 33, 33, 1, 0, 0));
        }

        static Stream<Arguments> pairsAndWeights() {
            return pairs().flatMap(pair -> weights().map(w -> {
                Object[] args = pair.get();
                return Arguments.of(args[0], args[1], args[2], args[3], w);
            }));
        }

        @ParameterizedTest(name = "{0} with {4}")
        @MethodSource("pairsAndWeights")
        void the_score_is_the_sum_of_its_parts_each_within_its_weight(String title, LearnerBuilder learner,
                                                                       TermsBuilder terms,
                                                                       Optional<PartnershipTier> tier,
                                                                       MatchWeights weights) {
            Match match = score(learner, terms, tier, weights);

            int sum = match.skills().points() + match.distance().points() + match.dates().points()
                    + match.specialisation().points() + match.partnership().points() + match.languages().points();
            assertThat(match.score()).isEqualTo(sum).isBetween(0, 100);
            assertThat(match.skills().points()).isBetween(0, weights.skills());
            assertThat(match.distance().points()).isBetween(0, weights.distance());
            assertThat(match.dates().points()).isBetween(0, weights.dates());
            assertThat(match.specialisation().points()).isBetween(0, weights.specialisation());
            assertThat(match.partnership().points()).isBetween(0, weights.partnership());
            assertThat(match.languages().points()).isBetween(0, weights.languages());
            assertThat(List.of(match.skills().maxPoints(), match.distance().maxPoints(), match.dates().maxPoints(),
                    match.specialisation().maxPoints(), match.partnership().maxPoints(),
                    match.languages().maxPoints()))
                    .containsExactly(weights.skills(), weights.distance(), weights.dates(), weights.specialisation(),
                            weights.partnership(), weights.languages());
        }

        @Test
        void a_mixed_match_adds_up_as_computed_by_hand() {
            var learner = learner().skills(skill("sound-mixing", BEGINNER), skill("lighting", ADVANCED))
                    .mobility(new GeoPoint(45.0, 5.0), 30, false)
                    .availability(period("2025-04-01", "2025-04-30"))
                    .specialisations("mixage")
                    .languages(speaks("en", B1), speaks("es", C1));
            var offer = terms().location(new GeoPoint(45.3, 5.0))
                    .specialisations("Prise de son", "Mixage")
                    .languages(needs("en", B2), needs("es", B2));

            Match match = score(learner, offer, Optional.of(PartnershipTier.PREMIUM), MatchWeights.DEFAULT);

            // skills 0 + 8, distance 17 (33.4 km), dates 4 (30/91), specialisation 5 (1/2), partnership 3, languages 5
            assertThat(match.score()).isEqualTo(8 + 17 + 4 + 5 + 3 + 5).isEqualTo(42);
        }

        @Test
        void the_same_inputs_give_the_same_match() {
            Learner learner = learner().availability(period("2025-04-01", "2025-04-30"),
                    period("2025-04-15", "2025-05-15")).build();
            InternshipOffer offer = published(terms().location(new GeoPoint(45.9, 4.9)).build());

            Match first = MatchingRules.score(learner, offer, Optional.of(PartnershipTier.PREMIUM),
                    MatchWeights.DEFAULT, TODAY);
            Match second = MatchingRules.score(learner, offer, Optional.of(PartnershipTier.PREMIUM),
                    MatchWeights.DEFAULT, TODAY);

            assertThat(second).isEqualTo(first);
            assertThat(score(learner(), terms())).isEqualTo(score(learner(), terms()));
        }
    }
}
