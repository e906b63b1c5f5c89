package fr.passerelle.learner.model;

import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.Background.Certification;
import fr.passerelle.learner.model.Background.Experience;
import fr.passerelle.learner.model.Background.ExperienceKind;
import fr.passerelle.learner.model.JobReadiness.Part;
import fr.passerelle.learner.model.LearnerSkill.Evidence;
import fr.passerelle.learner.model.LearnerSkill.EvidenceKind;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.WebAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JobReadinessTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final GeoPoint LYON = new GeoPoint(45.764, 4.8357);

    // ---------------------------------------------------------------- whole score

    @Test
    void an_empty_profile_scores_zero_with_four_parts_each_with_advice() {
        JobReadiness readiness = profile().build().readinessOn(DAY);

        assertThat(readiness.score()).isZero();
        assertThat(readiness.parts()).extracting(Part::criterion).containsExactly(ReadinessCriterion.values());
        assertThat(readiness.parts()).allSatisfy(part -> {
            assertThat(part.points()).isZero();
            assertThat(french(part.advice())).isNotBlank();
        });
        assertThat(readiness.parts()).extracting(part -> french(part.advice())).containsExactly(
                "Complétez votre profil : téléphone, date de naissance, adresse géolocalisée et 6 autres éléments.",
                "Déclarez 5 compétences de plus, avec une preuve (projet, attestation…).",
                "Ajoutez une certification ou une habilitation en cours de validité (diplôme, CACES, "
                        + "habilitation électrique…).",
                "Cumulez 183 jours d'expérience de plus (stage, alternance, emploi).");
    }

    @Test
    void the_advice_reads_in_english_too() {
        JobReadiness readiness = profile().build().readinessOn(DAY);

        assertThat(readiness.parts()).extracting(part -> english(part.advice())).containsExactly(
                "Complete your profile: phone, date of birth, geolocated address and 6 other items.",
                "Add 5 skills to your profile, with evidence (a project, a certificate…).",
                "Add a valid certification or habilitation (a diploma, a CACES, an electrical habilitation…).",
                "Add 183 days of experience (internship, apprenticeship, job).");
    }

    @Test
    void a_complete_evidenced_certified_experienced_profile_scores_100_without_advice() {
        JobReadiness readiness = complete().build().readinessOn(DAY);

        assertThat(readiness.score()).isEqualTo(100);
        assertThat(readiness.parts()).allSatisfy(part -> {
            assertThat(part.points()).isEqualTo(part.maxPoints());
            assertThat(part.advice()).isNull();
        });
    }

    @Test
    void parts_follow_the_criterion_order_and_their_maxima_add_up_to_100() {
        JobReadiness readiness = profile().build().readinessOn(DAY);

        assertThat(readiness.parts()).extracting(Part::criterion, Part::maxPoints).containsExactly(
                tuple(ReadinessCriterion.PROFILE_COMPLETENESS, 30),
                tuple(ReadinessCriterion.SKILLS_EVIDENCE, 30),
                tuple(ReadinessCriterion.CERTIFICATIONS, 20),
                tuple(ReadinessCriterion.EXPERIENCE, 20));
        assertThat(readiness.parts().stream().mapToInt(Part::maxPoints).sum()).isEqualTo(ReadinessRules.MAX_SCORE);
    }

    static Stream<Arguments> assortedProfiles() {
        return Stream.of(
                Arguments.of("empty", profile()),
                Arguments.of("complete", complete()),
                Arguments.of("independent with a phone", profile().phone("+33612345678")),
                Arguments.of("one unevidenced skill", profile().skill(unevidenced("sound-mixing"))),
                Arguments.of("expired habilitation", profile().skill(evidenced("elec-b1vl", DAY.minusDays(1)))),
                Arguments.of("a school learner halfway", schoolLearner().phone("+33612345678")
                        .skill(evidenced("pro-tools")).skill(unevidenced("sound-mixing"))
                        .certification(new Certification("CAP", "Éducation nationale", DAY.minusYears(1), null))
                        .experience(DAY.minusDays(40), DAY.minusDays(1))));
    }

    @ParameterizedTest(name = "{0}: score = sum of parts, within 0..100, points within 0..max")
    @MethodSource("assortedProfiles")
    void the_score_is_the_sum_of_its_parts(String name, ProfileBuilder profile) {
        JobReadiness readiness = profile.build().readinessOn(DAY);

        assertThat(readiness.score()).isEqualTo(readiness.parts().stream().mapToInt(Part::points).sum())
                .isBetween(0, 100);
        assertThat(readiness.parts()).allSatisfy(part -> {
            assertThat(part.points()).isBetween(0, part.maxPoints());
            assertThat(part.advice() == null).isEqualTo(part.points() == part.maxPoints());
        });
    }

    @ParameterizedTest(name = "{0}: same profile and day, same readiness")
    @MethodSource("assortedProfiles")
    void the_same_profile_on_the_same_day_gives_the_same_readiness(String name, ProfileBuilder profile) {
        assertThat(profile.build().readinessOn(DAY)).isEqualTo(profile.build().readinessOn(DAY))
                .isEqualTo(ReadinessRules.assess(profile.build(), DAY));
    }

    @Test
    void the_order_of_experiences_skills_and_certifications_does_not_matter() {
        ProfileBuilder forward = schoolLearner()
                .experience(DAY.minusDays(100), DAY.minusDays(50))
                .experience(DAY.minusDays(70), DAY.minusDays(20))
                .skill(evidenced("pro-tools")).skill(unevidenced("sound-mixing"))
                .skill(evidenced("elec-b0l", DAY.minusDays(1)))
                .certification(new Certification("CACES R489", "AFPA", DAY.minusYears(2), DAY.minusDays(3)));
        ProfileBuilder backward = schoolLearner()
                .experience(DAY.minusDays(70), DAY.minusDays(20))
                .experience(DAY.minusDays(100), DAY.minusDays(50))
                .skill(evidenced("elec-b0l", DAY.minusDays(1)))
                .skill(unevidenced("sound-mixing")).skill(evidenced("pro-tools"))
                .certification(new Certification("CACES R489", "AFPA", DAY.minusYears(2), DAY.minusDays(3)));

        assertThat(backward.build().readinessOn(DAY)).isEqualTo(forward.build().readinessOn(DAY));
    }

    // ---------------------------------------------------------------- stored score

    @Nested
    class StoredScore {

        /** Late on 1 June in Paris (the platform's calendar), already past midnight further east. */
        private static final Instant NOW = Instant.parse("2025-06-01T21:30:00Z");

        @Test
        void registering_stores_the_readiness_of_that_day() {
            var identity = new LearnerIdentity("Marie", "Dubois", EmailAddress.of("marie.dubois@example.fr"),
                    "+33612345678", LocalDate.of(2003, 4, 12), new Address("1 rue X", "69001", "Lyon", "FR", LYON));
            var academic = new Academic("school-1", "E-42", "SON-L3", 2026, List.of(), List.of(),
                    List.of(new Academic.Language("en", CefrLevel.B2)));

            Learner learner = Learner.register("learner-1", null, identity, LearnerType.STUDENT,
                    ArrivalSource.SCHOOL_IMPORT, academic, "staff-1", NOW);

            int expected = learner.readinessOn(LocalDate.of(2025, 6, 1)).score();
            assertThat(expected).isEqualTo(18); // 6 of 10 profile items: 18 points
            assertThat(learner.readinessScore()).isEqualTo(expected);
        }

        @Test
        void a_change_stores_the_readiness_of_its_day() {
            Learner learner = Learner.register("learner-1", null, profile().build().identity(), LearnerType.STUDENT,
                    ArrivalSource.SELF_REGISTRATION, Academic.NONE, "learner-1", NOW);

            Learner changed = learner.withSkill(evidenced("elec-b1vl", LocalDate.of(2025, 6, 1)), NOW);

            assertThat(changed.readinessScore()).isEqualTo(changed.readinessOn(LocalDate.of(2025, 6, 1)).score())
                    .isEqualTo(6 + 10);
            assertThat(changed.readinessOn(LocalDate.of(2025, 6, 2)).score()).isZero();
        }
    }

    // ---------------------------------------------------------------- completeness

    @Nested
    class ProfileCompleteness {

        /** One way to leave out each item, in the order the advice names them. */
        private static final List<Removal> REMOVALS = List.of(
                new Removal("téléphone", "no phone", p -> p.phone(null)),
                new Removal("date de naissance", "no birth date", p -> p.birthDate(null)),
                new Removal("adresse géolocalisée", "no address", p -> p.address(null)),
                new Removal("formation suivie", "no program code", p -> p.programCode(null)),
                new Removal("année de diplôme", "no graduation year", p -> p.graduationYear(null)),
                new Removal("langues parlées", "no language", p -> p.languages.clear()),
                new Removal("métier visé", "no target role", p -> p.targetRoles.clear()),
                new Removal("mobilité", "no mobility", p -> p.mobility(null)),
                new Removal("disponibilités", "no availability period", p -> p.availability.clear()),
                new Removal("lien de portfolio", "no portfolio link", p -> p.portfolio.clear()));

        static Stream<Removal> removals() {
            return Stream.concat(REMOVALS.stream(), Stream.of(
                    new Removal("téléphone", "blank phone", p -> p.phone("  ")),
                    new Removal("adresse géolocalisée", "address without coordinates",
                            p -> p.address(new Address("1 rue X", "69001", "Lyon", "FR", null))),
                    new Removal("métier visé", "blank target role", p -> p.targetRoles.set(0, " "))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("removals")
        void each_missing_item_costs_a_tenth_and_is_named(Removal removal) {
            ProfileBuilder profile = complete();
            removal.change().accept(profile);

            Part part = completeness(profile);

            assertThat(part.points()).isEqualTo(27);
            assertThat(french(part.advice())).isEqualTo("Complétez votre profil : " + removal.label() + ".");
        }

        @ParameterizedTest(name = "{0} of 10 items filled: {1} points")
        @CsvSource({"0, 0", "1, 3", "5, 15", "9, 27", "10, 30"})
        void a_school_learner_earns_an_equal_share_per_filled_item(int filled, int points) {
            ProfileBuilder profile = complete();
            REMOVALS.subList(0, 10 - filled).forEach(r -> r.change().accept(profile));

            assertThat(completeness(profile).points()).isEqualTo(points);
        }

        @Test
        void program_code_does_not_apply_to_an_independent_learner() {
            assertThat(completeness(complete().schoolId(null).programCode(null)))
                    .isEqualTo(new Part(ReadinessCriterion.PROFILE_COMPLETENESS, 30, 30, null));
        }

        @ParameterizedTest(name = "independent learner, {0} of 9 items filled: {1} points (rounded half up)")
        @CsvSource({"0, 0", "1, 3", "2, 7", "4, 13", "5, 17", "8, 27", "9, 30"})
        void an_independent_learner_earns_a_ninth_per_filled_item(int filled, int points) {
            List<Removal> applicable = REMOVALS.stream().filter(r -> !r.label().equals("formation suivie")).toList();
            ProfileBuilder profile = complete().schoolId(null).programCode(null);
            applicable.subList(0, 9 - filled).forEach(r -> r.change().accept(profile));

            assertThat(completeness(profile).points()).isEqualTo(points);
        }

        @Test
        void advice_names_the_first_three_missing_items_and_counts_the_others() {
            ProfileBuilder profile = complete().birthDate(null).graduationYear(null).mobility(null);
            assertThat(french(completeness(profile).advice())).isEqualTo("Complétez votre profil : date de naissance, année de diplôme et mobilité.");

            profile.portfolio.clear();
            assertThat(french(completeness(profile).advice())).isEqualTo("Complétez votre profil : date de naissance, année de diplôme, mobilité et 1 autre "
                            + "élément.");
        }

        private static Part completeness(ProfileBuilder profile) {
            return part(profile, ReadinessCriterion.PROFILE_COMPLETENESS);
        }

        /** Leaves one profile item out. */
        record Removal(String label, String description, Consumer<ProfileBuilder> change) {
            @Override
            public String toString() {
                return description + ": 27 of 30, advice names " + label;
            }
        }
    }

    // ---------------------------------------------------------------- skills

    @Nested
    class SkillsEvidence {

        @ParameterizedTest(name = "{0} evidenced + {1} unevidenced valid skills: {2} points")
        @CsvSource({
                "0, 0, 0",
                "1, 0, 6",
                "0, 1, 3",
                "0, 5, 15",
                "3, 2, 24",
                "5, 0, 30",
                "4, 1, 27",
                "2, 6, 21",   // only 5 count, evidenced first
                "5, 3, 30",
                "7, 0, 30",
        })
        void evidenced_skills_earn_full_credit_and_unevidenced_half_up_to_five(int evidenced, int unevidenced,
                                                                              int points) {
            ProfileBuilder profile = profile();
            List<String> codes = SkillCatalog.list(SkillCategory.TECHNICAL).stream().map(SkillCatalog.Skill::code)
                    .toList();
            IntStream.range(0, evidenced).forEach(i -> profile.skill(evidenced(codes.get(i))));
            IntStream.range(evidenced, evidenced + unevidenced).forEach(i -> profile.skill(unevidenced(codes.get(i))));

            assertThat(skills(profile).points()).isEqualTo(points);
        }

        @ParameterizedTest(name = "{0} evidenced + {1} unevidenced: \"{2}\"")
        @CsvSource(delimiter = '|', value = {
                "3 | 2 | Ajoutez une preuve (projet, attestation…) à 2 compétences.",
                "4 | 1 | Ajoutez une preuve (projet, attestation…) à 1 compétence.",
                "1 | 1 | Ajoutez une preuve (projet, attestation…) à 1 compétence et déclarez 3 compétences de plus.",
                "4 | 0 | Déclarez 1 compétence de plus, avec une preuve (projet, attestation…).",
                "0 | 0 | Déclarez 5 compétences de plus, avec une preuve (projet, attestation…).",
        })
        void advice_says_how_many_skills_to_prove_or_declare(int evidenced, int unevidenced, String advice) {
            ProfileBuilder profile = profile();
            List<String> codes = SkillCatalog.list(SkillCategory.TECHNICAL).stream().map(SkillCatalog.Skill::code)
                    .toList();
            IntStream.range(0, evidenced).forEach(i -> profile.skill(evidenced(codes.get(i))));
            IntStream.range(evidenced, evidenced + unevidenced).forEach(i -> profile.skill(unevidenced(codes.get(i))));

            assertThat(french(skills(profile).advice())).isEqualTo(advice);
        }

        @Test
        void an_expired_skill_counts_nothing_from_the_day_after_its_expiry() {
            ProfileBuilder profile = profile().skill(evidenced("elec-b1vl", DAY));

            assertThat(skills(profile).points()).isEqualTo(6);
            assertThat(ReadinessRules.assess(profile.build(), DAY.plusDays(1)).parts().get(1).points()).isZero();
        }

        private static Part skills(ProfileBuilder profile) {
            return part(profile, ReadinessCriterion.SKILLS_EVIDENCE);
        }
    }

    // ---------------------------------------------------------------- certifications

    @Nested
    class Certifications {

        @ParameterizedTest(name = "{0} valid certifications: {1} points")
        @CsvSource({"0, 0", "1, 10", "2, 20", "3, 20"})
        void each_valid_certification_earns_ten_points_up_to_twenty(int count, int points) {
            ProfileBuilder profile = profile();
            IntStream.range(0, count).forEach(i -> profile.certification(
                    new Certification("Certification " + i, "Organisme", DAY.minusYears(1), null)));

            assertThat(certifications(profile).points()).isEqualTo(points);
        }

        @Test
        void a_valid_habilitation_skill_counts_like_a_certification() {
            ProfileBuilder profile = profile()
                    .skill(unevidenced("elec-b1vl", DAY.plusYears(1)))
                    .certification(new Certification("CAP Maintenance", "Éducation nationale", DAY.minusYears(1),
                            null));

            assertThat(certifications(profile)).isEqualTo(new Part(ReadinessCriterion.CERTIFICATIONS, 20, 20, null));
        }

        @Test
        void other_skills_are_not_certifications() {
            ProfileBuilder profile = profile().skill(evidenced("pro-tools")).skill(evidenced("auto-diagnostic"));

            assertThat(certifications(profile).points()).isZero();
        }

        static Stream<Arguments> expiring() {
            LocalDate expiry = LocalDate.of(2025, 3, 31);
            return Stream.of(
                    Arguments.of("certification", profile().certification(
                            new Certification("CACES R489", "AFPA", expiry.minusYears(5), expiry)), expiry,
                            "Renouvelez « CACES R489 », expirée le 31/03/2025."),
                    Arguments.of("habilitation", profile().skill(evidenced("elec-b1vl", expiry)), expiry,
                            "Renouvelez « Habilitation électrique B1VL », expirée le 31/03/2025."));
        }

        @ParameterizedTest(name = "an expiring {0} counts on its expiry day")
        @MethodSource("expiring")
        void counts_on_the_expiry_day_itself(String kind, ProfileBuilder profile, LocalDate expiry, String advice) {
            assertThat(ReadinessRules.assess(profile.build(), expiry).parts().get(2).points()).isEqualTo(10);
        }

        @ParameterizedTest(name = "an expired {0} no longer counts the day after, and the advice says to renew it")
        @MethodSource("expiring")
        void no_longer_counts_the_day_after_expiry(String kind, ProfileBuilder profile, LocalDate expiry,
                                                   String advice) {
            Part part = ReadinessRules.assess(profile.build(), expiry.plusDays(1)).parts().get(2);

            assertThat(part.points()).isZero();
            assertThat(french(part.advice())).isEqualTo(advice);
        }

        @Test
        void a_renewed_certification_is_not_advised_for_renewal() {
            ProfileBuilder profile = profile()
                    .certification(new Certification("CACES R489", "AFPA", DAY.minusYears(6), DAY.minusYears(1)))
                    .certification(new Certification("CACES R489", "AFPA", DAY.minusYears(1), DAY.plusYears(4)));

            assertThat(certifications(profile).points()).isEqualTo(10);
            assertThat(french(certifications(profile).advice()))
                    .isEqualTo("Ajoutez une deuxième certification ou habilitation en cours de validité.");
        }

        private static Part certifications(ProfileBuilder profile) {
            return part(profile, ReadinessCriterion.CERTIFICATIONS);
        }
    }

    // ---------------------------------------------------------------- experience

    @Nested
    class ExperienceTime {

        @ParameterizedTest(name = "{0} days: {1} points")
        @CsvSource({"1, 0", "10, 1", "92, 10", "182, 19", "183, 20", "400, 20"})
        void six_months_give_full_points_and_less_is_proportional_rounded_down(int days, int points) {
            ProfileBuilder profile = profile().experience(DAY.minusDays(days + 10), DAY.minusDays(11));

            assertThat(experience(profile).points()).isEqualTo(points);
        }

        @Test
        void advice_says_how_many_days_are_missing() {
            ProfileBuilder profile = profile().experience(DAY.minusDays(100), DAY.minusDays(1));

            assertThat(french(experience(profile).advice())).isEqualTo("Cumulez 83 jours d'expérience de plus (stage, alternance, emploi).");
        }

        @Test
        void overlapping_experiences_are_counted_once() {
            ProfileBuilder overlapping = profile()
                    .experience(DAY.minusDays(150), DAY.minusDays(51))   // 100 days
                    .experience(DAY.minusDays(100), DAY.minusDays(1))     // 100 days, 50 shared
                    .experience(DAY.minusDays(140), DAY.minusDays(120)); // inside the first
            ProfileBuilder single = profile().experience(DAY.minusDays(150), DAY.minusDays(1));

            assertThat(experience(overlapping)).isEqualTo(experience(single));
            assertThat(experience(overlapping).points()).isEqualTo(16); // 150 days: 20 * 150 / 183 = 16.39
        }

        @Test
        void adjacent_experiences_add_up() {
            ProfileBuilder profile = profile()
                    .experience(DAY.minusDays(183), DAY.minusDays(92))
                    .experience(DAY.minusDays(91), DAY.minusDays(1));

            assertThat(experience(profile).points()).isEqualTo(20);
        }

        @Test
        void an_ongoing_experience_counts_up_to_the_day() {
            ProfileBuilder profile = profile().experience(DAY.minusDays(99), null); // 100 days with the day itself

            assertThat(experience(profile).points()).isEqualTo(10); // 20 * 100 / 183 = 10.9
            assertThat(french(experience(profile).advice())).startsWith("Cumulez 83 jours");
        }

        @Test
        void the_parts_of_experiences_after_the_day_are_ignored() {
            ProfileBuilder profile = profile()
                    .experience(DAY.minusDays(9), DAY.plusDays(300))       // 10 days up to the day
                    .experience(DAY.plusDays(1), DAY.plusDays(400))        // not started yet
                    .experience(DAY.plusDays(1), null);

            assertThat(experience(profile).points()).isEqualTo(1); // 20 * 10 / 183 = 1.09
            assertThat(ReadinessRules.assess(profile.build(), DAY.plusDays(173)).parts().get(3).points())
                    .isEqualTo(20);
        }

        private static Part experience(ProfileBuilder profile) {
            return part(profile, ReadinessCriterion.EXPERIENCE);
        }
    }

    // ---------------------------------------------------------------- builders

    private static Part part(ProfileBuilder profile, ReadinessCriterion criterion) {
        return profile.build().readinessOn(DAY).parts().get(criterion.ordinal());
    }

    /** An independent learner with nothing but a name and an e-mail address. */
    static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    /** A learner of a school, with nothing filled in. */
    static ProfileBuilder schoolLearner() {
        return profile().schoolId("school-1");
    }

    /** A learner of a school with every criterion full on {@link #DAY}. */
    static ProfileBuilder complete() {
        ProfileBuilder profile = schoolLearner()
                .phone("+33612345678")
                .birthDate(LocalDate.of(2003, 4, 12))
                .address(new Address("12 rue de la République", "69002", "Lyon", "FR", LYON))
                .programCode("SON-L3")
                .graduationYear(2026)
                .mobility(new CareerPreferences.Mobility(LYON, 50, false, true))
                .certification(new Certification("CAP Électricien", "Éducation nationale", DAY.minusYears(2), null))
                .experience(DAY.minusYears(1), DAY.minusMonths(3));
        profile.languages.add(new Academic.Language("en", CefrLevel.B2));
        profile.targetRoles.add("Technicien son");
        profile.availability.add(new DateRange(DAY.plusMonths(1), DAY.plusMonths(4)));
        profile.portfolio.add(WebAddress.of("https://portfolio.example.fr/marie"));
        Stream.of("sound-recording", "sound-mixing", "pro-tools", "ableton-live")
                .forEach(code -> profile.skill(evidenced(code)));
        profile.skill(evidenced("elec-b1vl", DAY.plusYears(2)));
        return profile;
    }

    static LearnerSkill evidenced(String code) {
        return evidenced(code, null);
    }

    static LearnerSkill evidenced(String code, LocalDate expiresOn) {
        return new LearnerSkill(code, ProficiencyLevel.INTERMEDIATE,
                List.of(new Evidence(EvidenceKind.PROJECT, "Projet de fin d'année", null)), expiresOn);
    }

    static LearnerSkill unevidenced(String code) {
        return unevidenced(code, null);
    }

    static LearnerSkill unevidenced(String code, LocalDate expiresOn) {
        return new LearnerSkill(code, ProficiencyLevel.BEGINNER, List.of(), expiresOn);
    }

    /** A learner under construction; lists are open for tests to fill or clear. */
    static final class ProfileBuilder {
        private String phone;
        private LocalDate birthDate;
        private Address address;
        private String schoolId;
        private String programCode;
        private Integer graduationYear;
        final List<Academic.Language> languages = new ArrayList<>();
        final List<LearnerSkill> skills = new ArrayList<>();
        final List<Certification> certifications = new ArrayList<>();
        final List<Experience> experiences = new ArrayList<>();
        final List<WebAddress> portfolio = new ArrayList<>();
        final List<String> targetRoles = new ArrayList<>();
        private CareerPreferences.Mobility mobility;
        final List<DateRange> availability = new ArrayList<>();

        ProfileBuilder phone(String value) {
            phone = value;
            return this;
        }

        ProfileBuilder birthDate(LocalDate value) {
            birthDate = value;
            return this;
        }

        ProfileBuilder address(Address value) {
            address = value;
            return this;
        }

        ProfileBuilder schoolId(String value) {
            schoolId = value;
            return this;
        }

        ProfileBuilder programCode(String value) {
            programCode = value;
            return this;
        }

        ProfileBuilder graduationYear(Integer value) {
            graduationYear = value;
            return this;
        }

        ProfileBuilder mobility(CareerPreferences.Mobility value) {
            mobility = value;
            return this;
        }

        ProfileBuilder skill(LearnerSkill value) {
            skills.add(value);
            return this;
        }

        ProfileBuilder certification(Certification value) {
            certifications.add(value);
            return this;
        }

        ProfileBuilder experience(LocalDate start, LocalDate end) {
            experiences.add(new Experience("Assistant son", "Sonotec Live", ExperienceKind.INTERNSHIP, start, end,
                    null));
            return this;
        }

        Learner build() {
            var identity = new LearnerIdentity("Marie", "Dubois", EmailAddress.of("marie.dubois@example.fr"), phone,
                    birthDate, address);
            var academic = new Academic(schoolId, null, programCode, graduationYear, List.of(), List.of(), languages);
            var background = new Background(certifications, experiences, portfolio);
            var career = new CareerPreferences(targetRoles, List.of(), mobility, availability, null);
            Instant at = Instant.parse("2025-01-15T09:00:00Z");
            return new Learner("learner-1", null, null, identity, LearnerType.STUDENT, LearnerStatus.IN_TRAINING,
                    ArrivalSource.SCHOOL_STAFF, academic, skills, background, career, 0, "staff-1", at, at, 0);
        }
    }
}
