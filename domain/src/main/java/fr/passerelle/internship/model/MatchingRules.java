package fr.passerelle.internship.model;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.shared.model.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The match computation: deterministic for a given day, every criterion scored in integers from named shares, and
 * every reason kept.
 */
public final class MatchingRules {

    /** Of the skills weight, the share earned by required skills; nice-to-have ones earn the rest. */
    static final int REQUIRED_SKILLS_SHARE_PERCENT = 80;
    /** Beyond the radius the distance points fall linearly to zero at this many times the radius. */
    static final int DISTANCE_FADE_FACTOR = 2;
    /** What an unknown distance or undeclared availability earns: half, neither rewarded nor ruled out. */
    static final int UNKNOWN_SHARE_PERCENT = 50;
    /** The partnership points each tier earns, in percent of the weight (seed 003: higher tiers, more visibility). */
    static final Map<PartnershipTier, Integer> TIER_SHARE_PERCENT = Map.of(PartnershipTier.DISCOVERY, 0,
            PartnershipTier.CERTIFIED, 34, PartnershipTier.PREMIUM, 67, PartnershipTier.STRATEGIC, 100);

    private MatchingRules() {
    }

    /**
     * Whether the offer is meant for the learner at all: offers targeted at schools or programs are for their
     * learners only. Ineligible pairs are not scored.
     */
    public static boolean eligible(Learner learner, InternshipOffer offer) {
        return eligible(learner, MatchTerms.of(offer));
    }

    /** {@link #eligible(Learner, InternshipOffer)} on what matching read of the offer. */
    public static boolean eligible(Learner learner, MatchTerms terms) {
        Academic academic = learner.academic();
        boolean school = terms.targetSchoolIds().isEmpty()
                || (academic.schoolId() != null && terms.targetSchoolIds().contains(academic.schoolId()));
        boolean program = terms.targetProgramCodes().isEmpty() || (academic.programCode() != null
                && terms.targetProgramCodes().stream().anyMatch(code -> code.equalsIgnoreCase(academic.programCode())));
        return school && program;
    }

    /**
     * @param schoolTier the learner's school's tier, empty for an independent learner
     */
    public static Match score(Learner learner, InternshipOffer offer, Optional<PartnershipTier> schoolTier,
                              MatchWeights weights, LocalDate today) {
        return score(learner, MatchTerms.of(offer), schoolTier, weights, today);
    }

    /** {@link #score(Learner, InternshipOffer, Optional, MatchWeights, LocalDate)} on what matching read. */
    public static Match score(Learner learner, MatchTerms terms, Optional<PartnershipTier> schoolTier,
                              MatchWeights weights, LocalDate today) {
        return scorer(learner, schoolTier, weights, today).apply(terms);
    }

    /**
     * Scores offers for one learner: what depends on the learner alone (the skills valid today, specialisations,
     * languages, the partnership's points) is worked out once, not once per offer of the thousands ranked.
     */
    public static Function<MatchTerms, Match> scorer(Learner learner, Optional<PartnershipTier> schoolTier,
                                                     MatchWeights weights, LocalDate today) {
        Map<String, LearnerSkill> held = learner.skills().stream().filter(s -> s.isValidOn(today))
                .collect(Collectors.toMap(LearnerSkill::code, Function.identity()));
        Set<String> specialisations = learner.academic().specialisations().stream().map(MatchingRules::key)
                .collect(Collectors.toSet());
        Map<String, CefrLevel> spoken = learner.academic().languages().stream()
                .collect(Collectors.toMap(Academic.Language::code, Academic.Language::level, (a, b) -> a));
        var partnership = new Match.PartnershipFit(share(weights.partnership(),
                schoolTier.map(TIER_SHARE_PERCENT::get).orElse(0)), weights.partnership(),
                schoolTier.orElse(null));
        return terms -> {
            var skills = skills(held, terms, weights.skills());
            var distance = distance(learner.career(), terms, weights.distance());
            var dates = dates(learner.career(), terms, weights.dates());
            var specialisation = specialisation(specialisations, terms, weights.specialisation());
            var languages = languages(spoken, terms, weights.languages());
            int score = skills.points() + distance.points() + dates.points() + specialisation.points()
                    + partnership.points() + languages.points();
            return new Match(learner.id(), terms.offerId(), score, skills, distance, dates, specialisation,
                    partnership, languages);
        };
    }

    private static Match.SkillsFit skills(Map<String, LearnerSkill> held, MatchTerms terms, int weight) {
        List<Match.SkillCheck> covered = new ArrayList<>();
        List<Match.SkillCheck> missing = new ArrayList<>();
        int requiredMet = check(terms.requiredSkills(), true, held, covered, missing);
        int niceMet = check(terms.niceToHaveSkills(), false, held, covered, missing);
        int requiredWeight = share(weight, REQUIRED_SKILLS_SHARE_PERCENT);
        int niceWeight = weight - requiredWeight;
        int points = fraction(requiredWeight, requiredMet, terms.requiredSkills().size())
                + fraction(niceWeight, niceMet, terms.niceToHaveSkills().size());
        return new Match.SkillsFit(points, weight, covered, missing);
    }

    private static int check(List<SkillRequirement> requirements, boolean required, Map<String, LearnerSkill> held,
                             List<Match.SkillCheck> covered, List<Match.SkillCheck> missing) {
        int met = 0;
        for (SkillRequirement requirement : requirements) {
            LearnerSkill skill = held.get(requirement.code());
            var check = new Match.SkillCheck(requirement.code(), required, requirement.minimumLevel(),
                    skill == null ? null : skill.level());
            if (skill != null && skill.level().atLeast(requirement.minimumLevel())) {
                covered.add(check);
                met++;
            } else {
                missing.add(check);
            }
        }
        return met;
    }

    private static Match.DistanceFit distance(CareerPreferences career, MatchTerms terms, int weight) {
        var mobility = career.mobility();
        boolean remote = terms.workMode() == WorkMode.REMOTE;
        boolean relocates = mobility != null && mobility.willingToRelocate();
        Integer radius = mobility == null ? null : mobility.radiusKm();
        Double km = mobility == null || mobility.homeBase() == null || terms.location() == null ? null
                : mobility.homeBase().distanceKm(terms.location());
        boolean within = km != null && radius != null && km <= radius;
        int points;
        if (remote || within || relocates) {
            points = weight;
        } else if (km == null || radius == null) {
            points = share(weight, UNKNOWN_SHARE_PERCENT);
        } else {
            double fadeEnd = (double) radius * DISTANCE_FADE_FACTOR;
            points = km >= fadeEnd || fadeEnd == radius ? 0
                    : (int) Math.floor(weight * (fadeEnd - km) / (fadeEnd - radius));
        }
        return new Match.DistanceFit(points, weight, km == null ? null : Math.round(km * 10) / 10.0,
                km == null ? null : DistanceBand.of(km), radius, within, relocates, remote);
    }

    private static Match.DatesFit dates(CareerPreferences career, MatchTerms terms, int weight) {
        DateRange offer = new DateRange(terms.startDate(), terms.endDate());
        long offerDays = days(offer.start(), offer.end());
        if (career.availability().isEmpty()) {
            return new Match.DatesFit(share(weight, UNKNOWN_SHARE_PERCENT), weight, 0, offerDays, false);
        }
        long available = 0;
        LocalDate counted = offer.start().minusDays(1);
        List<DateRange> periods = career.availability().stream()
                .sorted(Comparator.comparing(DateRange::start)).toList();
        for (DateRange period : periods) {
            LocalDate from = max(period.start(), counted.plusDays(1));
            LocalDate to = min(period.end(), offer.end());
            if (!to.isBefore(from)) {
                available += days(from, to);
                counted = to;
            }
        }
        return new Match.DatesFit(fraction(weight, available, offerDays), weight, available, offerDays, true);
    }

    private static Match.SpecialisationFit specialisation(Set<String> learner, MatchTerms terms, int weight) {
        List<String> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String wanted : terms.specialisations()) {
            (learner.contains(key(wanted)) ? matched : unmatched).add(wanted);
        }
        return new Match.SpecialisationFit(fraction(weight, matched.size(), terms.specialisations().size()), weight,
                matched, unmatched);
    }

    private static Match.LanguagesFit languages(Map<String, CefrLevel> spoken, MatchTerms terms, int weight) {
        List<Match.LanguageCheck> met = new ArrayList<>();
        List<Match.LanguageCheck> unmet = new ArrayList<>();
        for (LanguageRequirement requirement : terms.languages()) {
            var level = spoken.get(requirement.code());
            var check = new Match.LanguageCheck(requirement.code(), requirement.minimumLevel(), level);
            (level != null && level.atLeast(requirement.minimumLevel()) ? met : unmet).add(check);
        }
        return new Match.LanguagesFit(fraction(weight, met.size(), terms.languages().size()), weight, met, unmet);
    }

    /** {@code weight × part / whole}, rounded down; a criterion with nothing asked (whole 0) earns the weight. */
    private static int fraction(int weight, long part, long whole) {
        return whole == 0 ? weight : (int) (weight * part / whole);
    }

    /** {@code percent} % of the weight, rounded down. */
    private static int share(int weight, int percent) {
        return weight * percent / 100;
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
