package fr.passerelle.learner.model;

import fr.passerelle.learner.model.Background.Certification;
import fr.passerelle.learner.model.Background.Experience;
import fr.passerelle.shared.i18n.Message;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The job-readiness computation: four criteria adding up to {@value #MAX_SCORE}, each with its points, its maximum
 * and, unless it is full, one piece of advice saying what would raise it (a {@link Message} of the {@code i18n/advice}
 * bundle, read in each reader's language). It reads the profile and the day
 * only (no clock, no catalog lookups other than the static {@link SkillCatalog}), uses integer arithmetic only, and
 * so gives the same result for the same profile and day.
 *
 * <p>The weights favour what a company can check before an interview: a profile that says enough to be contacted
 * and placed, and skills with proof, weigh {@value #COMPLETENESS_MAX_POINTS} each; certifications and worked time,
 * which many learners do not have yet at the start of a program, {@value #CERTIFICATIONS_MAX_POINTS} each.
 */
final class ReadinessRules {

    /** The scale of the score, as in the platform's "Score employabilité 78/100". */
    static final int MAX_SCORE = 100;

    /** Maximum for a complete profile: a company cannot consider someone it cannot reach, place or schedule. */
    static final int COMPLETENESS_MAX_POINTS = 30;
    /** How many missing profile items the advice names, so that it stays one short sentence. */
    static final int COMPLETENESS_ITEMS_NAMED_IN_ADVICE = 3;

    /** Maximum for skills: what a learner can do is what a company hires for. */
    static final int SKILLS_MAX_POINTS = 30;
    /**
     * Skills counted, at most: a handful of proved skills describes a profile for a first job; past it, more
     * declarations would reward listing rather than proving.
     */
    static final int SKILLS_TARGET_COUNT = 5;
    /** Credit of a skill backed by evidence (a project, a certificate, an assessment, a reference). */
    static final int EVIDENCED_SKILL_CREDIT = 2;
    /** Credit of a skill that is only declared: half of an evidenced one, since nobody can check it. */
    static final int UNEVIDENCED_SKILL_CREDIT = 1;

    /** Maximum for certifications and habilitations. */
    static final int CERTIFICATIONS_MAX_POINTS = 20;
    /**
     * Points per valid certification or habilitation: two of them (say a diploma and an electrical habilitation)
     * are enough for the full part; the rest is the employer's own training.
     */
    static final int POINTS_PER_CERTIFICATION = 10;

    /** Maximum for experience. */
    static final int EXPERIENCE_MAX_POINTS = 20;
    /**
     * Days of experience that give the full part: six months, the length of a long internship or of the first
     * period of an apprenticeship, after which a learner has seen a workplace through.
     */
    static final long EXPERIENCE_TARGET_DAYS = 183;

    /** The sentences naming one, two or three missing items, by how many they name. */
    private static final List<String> NAMED_ITEMS = List.of("advice.items.1", "advice.items.2", "advice.items.3");

    /**
     * What a complete profile has, in the order the advice names missing items. Each applicable item is an equal
     * share of {@link #COMPLETENESS_MAX_POINTS}.
     */
    private static final List<ProfileItem> PROFILE_ITEMS = List.of(
            new ProfileItem("advice.item.phone", l -> hasText(l.identity().phone())),
            new ProfileItem("advice.item.birth-date", l -> l.identity().birthDate() != null),
            new ProfileItem("advice.item.address",
                    l -> l.identity().address() != null && l.identity().address().location() != null),
            // An independent learner has no school, hence no program code: the item does not apply to them (rather
            // than counting their target role twice).
            new ProfileItem("advice.item.program", l -> !l.academic().isIndependent(),
                    l -> hasText(l.academic().programCode())),
            new ProfileItem("advice.item.graduation-year", l -> l.academic().graduationYear() != null),
            new ProfileItem("advice.item.languages", l -> !l.academic().languages().isEmpty()),
            new ProfileItem("advice.item.target-role", l -> anyText(l.career().targetRoles())),
            new ProfileItem("advice.item.mobility", l -> l.career().mobility() != null),
            new ProfileItem("advice.item.availability", l -> !l.career().availability().isEmpty()),
            new ProfileItem("advice.item.portfolio", l -> !l.background().portfolio().isEmpty()));

    private ReadinessRules() {
    }

    static JobReadiness assess(Learner learner, LocalDate day) {
        List<JobReadiness.Part> parts = List.of(
                completeness(learner),
                skillsEvidence(learner, day),
                certifications(learner, day),
                experience(learner, day));
        // The maxima add up to MAX_SCORE, so the sum stays within 0..MAX_SCORE.
        return new JobReadiness(parts.stream().mapToInt(JobReadiness.Part::points).sum(), parts);
    }

    /** An equal share per filled item among those that apply to the learner, rounded half up. */
    private static JobReadiness.Part completeness(Learner learner) {
        List<ProfileItem> applicable = PROFILE_ITEMS.stream().filter(item -> item.appliesTo().test(learner)).toList();
        List<Message> missing = applicable.stream().filter(item -> !item.filledIn().test(learner))
                .map(item -> Message.of(item.key())).toList();
        int filled = applicable.size() - missing.size();
        int points = roundedHalfUp(COMPLETENESS_MAX_POINTS, filled, applicable.size());
        Message advice = missing.isEmpty() ? null : Message.of("advice.complete-profile", items(missing));
        return new JobReadiness.Part(ReadinessCriterion.PROFILE_COMPLETENESS, points, COMPLETENESS_MAX_POINTS, advice);
    }

    /**
     * The best {@link #SKILLS_TARGET_COUNT} skills valid on the day, evidenced ones first, for their credit, scaled
     * to {@link #SKILLS_MAX_POINTS} and rounded half up. Expired skills count nothing.
     */
    private static JobReadiness.Part skillsEvidence(Learner learner, LocalDate day) {
        List<LearnerSkill> valid = learner.skills().stream().filter(s -> s.isValidOn(day)).toList();
        int evidenced = Math.min(SKILLS_TARGET_COUNT, (int) valid.stream().filter(LearnerSkill::isEvidenced).count());
        int unevidenced = Math.min(SKILLS_TARGET_COUNT - evidenced, valid.size() - evidenced);
        int credit = evidenced * EVIDENCED_SKILL_CREDIT + unevidenced * UNEVIDENCED_SKILL_CREDIT;
        int points = roundedHalfUp(SKILLS_MAX_POINTS, credit, SKILLS_TARGET_COUNT * EVIDENCED_SKILL_CREDIT);
        int toDeclare = SKILLS_TARGET_COUNT - evidenced - unevidenced;
        Message advice;
        if (unevidenced > 0 && toDeclare > 0) {
            advice = Message.of("advice.skills.prove-and-declare", skills(unevidenced), skills(toDeclare));
        } else if (unevidenced > 0) {
            advice = Message.of("advice.skills.prove", skills(unevidenced));
        } else if (toDeclare > 0) {
            advice = Message.of("advice.skills.declare", skills(toDeclare));
        } else {
            advice = null;
        }
        return new JobReadiness.Part(ReadinessCriterion.SKILLS_EVIDENCE, points, SKILLS_MAX_POINTS, advice);
    }

    /**
     * Certifications and habilitation skills valid on the day (the expiry day itself included),
     * {@link #POINTS_PER_CERTIFICATION} each, up to {@link #CERTIFICATIONS_MAX_POINTS}.
     */
    private static JobReadiness.Part certifications(Learner learner, LocalDate day) {
        List<Certification> certifications = learner.background().certifications();
        List<LearnerSkill> habilitations = learner.skills().stream().filter(ReadinessRules::isHabilitation).toList();
        long valid = certifications.stream().filter(c -> c.isValidOn(day)).count()
                + habilitations.stream().filter(s -> s.isValidOn(day)).count();
        int points = (int) Math.min(CERTIFICATIONS_MAX_POINTS, valid * POINTS_PER_CERTIFICATION);
        Message advice = null;
        if (points < CERTIFICATIONS_MAX_POINTS) {
            advice = firstToRenew(certifications, habilitations, day)
                    .orElse(Message.of(valid == 0 ? "advice.certifications.first" : "advice.certifications.second"));
        }
        return new JobReadiness.Part(ReadinessCriterion.CERTIFICATIONS, points, CERTIFICATIONS_MAX_POINTS, advice);
    }

    /**
     * Days worked up to the day, overlapping periods counted once (both ends included, an ongoing experience running
     * to the day, parts after the day ignored): {@link #EXPERIENCE_MAX_POINTS} from
     * {@link #EXPERIENCE_TARGET_DAYS}, proportionally (rounded down) below.
     */
    private static JobReadiness.Part experience(Learner learner, LocalDate day) {
        long days = daysWorked(learner.background().experiences(), day);
        int points = days >= EXPERIENCE_TARGET_DAYS
                ? EXPERIENCE_MAX_POINTS
                : (int) (EXPERIENCE_MAX_POINTS * days / EXPERIENCE_TARGET_DAYS);
        Message advice = null;
        if (points < EXPERIENCE_MAX_POINTS) {
            long missing = EXPERIENCE_TARGET_DAYS - days;
            advice = Message.of("advice.experience",
                    Message.of(missing > 1 ? "advice.days" : "advice.day", missing));
        }
        return new JobReadiness.Part(ReadinessCriterion.EXPERIENCE, points, EXPERIENCE_MAX_POINTS, advice);
    }

    /** The number of days covered by at least one experience, from its start to its end or the day if earlier. */
    private static long daysWorked(Collection<Experience> experiences, LocalDate day) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (Experience e : experiences) {
            LocalDate end = e.endDate() == null || e.endDate().isAfter(day) ? day : e.endDate();
            if (e.startDate() != null && !e.startDate().isAfter(end)) {
                periods.add(new LocalDate[] {e.startDate(), end});
            }
        }
        periods.sort(Comparator.comparing((LocalDate[] p) -> p[0]));
        long days = 0;
        LocalDate countedUpTo = null; // the last day already counted
        for (LocalDate[] p : periods) {
            LocalDate from = countedUpTo == null || p[0].isAfter(countedUpTo) ? p[0] : countedUpTo.plusDays(1);
            if (!from.isAfter(p[1])) {
                days += ChronoUnit.DAYS.between(from, p[1]) + 1;
                countedUpTo = p[1];
            }
        }
        return days;
    }

    /**
     * Advice to renew the first certification, then habilitation, expired on the day and not renewed since (no
     * valid certification of the same name).
     */
    private static Optional<Message> firstToRenew(List<Certification> certifications,
                                                           List<LearnerSkill> habilitations, LocalDate day) {
        Set<String> validNames = certifications.stream().filter(c -> c.isValidOn(day)).map(Certification::name)
                .collect(Collectors.toSet());
        Optional<Message> certification = certifications.stream()
                .filter(c -> !c.isValidOn(day) && !validNames.contains(c.name()))
                .findFirst()
                .map(c -> renewal(c.name(), c.expiresOn()));
        if (certification.isPresent()) {
            return certification;
        }
        return habilitations.stream().filter(s -> !s.isValidOn(day)).findFirst()
                .map(s -> renewal(SkillCatalog.find(s.code()).map(SkillCatalog.Skill::label).orElse(s.code()),
                        s.expiresOn()));
    }

    private static Message renewal(String name, LocalDate expiredOn) {
        return Message.of("advice.renew", name, expiredOn);
    }

    private static boolean isHabilitation(LearnerSkill skill) {
        return SkillCatalog.find(skill.code()).map(s -> s.category() == SkillCategory.HABILITATION).orElse(false);
    }

    /** {@code max * part / whole} rounded half up, in integers; {@code max} when there is nothing to count. */
    private static int roundedHalfUp(int max, int part, int whole) {
        if (whole == 0) {
            return max;
        }
        return (2 * max * part + whole) / (2 * whole);
    }

    /**
     * The first {@link #COMPLETENESS_ITEMS_NAMED_IN_ADVICE} missing items named, the others counted: one sentence
     * shape per count, since each language joins and counts its own way.
     */
    private static Message items(List<Message> missing) {
        int named = Math.min(COMPLETENESS_ITEMS_NAMED_IN_ADVICE, missing.size());
        int others = missing.size() - named;
        List<Object> arguments = new ArrayList<>(missing.subList(0, named));
        if (others == 0) {
            return new Message(NAMED_ITEMS.get(named - 1), arguments);
        }
        arguments.add(others);
        return new Message(others == 1 ? "advice.items.3-and-1-other" : "advice.items.3-and-others", arguments);
    }

    private static Message skills(int count) {
        return Message.of(count > 1 ? "advice.skills" : "advice.skill", count);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean anyText(List<String> values) {
        return values.stream().anyMatch(ReadinessRules::hasText);
    }

    /** Something a complete profile has, when it applies to the learner. */
    private record ProfileItem(String key, Predicate<Learner> appliesTo, Predicate<Learner> filledIn) {

        ProfileItem(String key, Predicate<Learner> filledIn) {
            this(key, learner -> true, filledIn);
        }
    }
}
