package fr.passerelle.internship.model;

import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.school.model.PartnershipTier;
import java.util.List;

/**
 * How well a learner and an offer fit, 0–100, with every reason as data: what the score is made of, so a learner
 * sees why an offer is proposed and a recruiter why a candidate is.
 */
public record Match(String learnerId, String offerId, int score, SkillsFit skills, DistanceFit distance,
                    DatesFit dates, SpecialisationFit specialisation, PartnershipFit partnership,
                    LanguagesFit languages) {

    /** Skills asked for, held at the level or not. */
    public record SkillsFit(int points, int maxPoints, List<SkillCheck> covered, List<SkillCheck> missing) {
    }

    /**
     * One skill asked for and the learner's level in it.
     *
     * @param learnerLevel null when the learner does not hold it (or it expired)
     */
    public record SkillCheck(String code, boolean required, ProficiencyLevel minimumLevel,
                             ProficiencyLevel learnerLevel) {
    }

    /**
     * The same match without the exact distance: what a company reads of an applicant, whose every other figure is
     * already computed from the coarse home base of their {@link SharedProfile}.
     */
    public Match withoutExactDistance() {
        return new Match(learnerId, offerId, score, skills, distance.withoutKm(), dates, specialisation, partnership,
                languages);
    }

    /**
     * Distance from the learner's home base to the offer's site, against their mobility.
     *
     * @param km   null when either place is unknown, or for a company
     * @param band null when either place is unknown
     */
    public record DistanceFit(int points, int maxPoints, Double km, DistanceBand band, Integer radiusKm,
                              boolean withinRadius, boolean willingToRelocate, boolean remote) {

        DistanceFit withoutKm() {
            return new DistanceFit(points, maxPoints, null, band, radiusKm, withinRadius, willingToRelocate, remote);
        }
    }

    /** How many days of the offer's period the learner is available. */
    public record DatesFit(int points, int maxPoints, long availableDays, long offerDays,
                           boolean availabilityDeclared) {
    }

    /** The offer's specialisations the learner has. */
    public record SpecialisationFit(int points, int maxPoints, List<String> matched, List<String> unmatched) {
    }

    /** The learner's school's partnership tier; null tier for an independent learner. */
    public record PartnershipFit(int points, int maxPoints, PartnershipTier tier) {
    }

    /** Languages asked for, met at the level or not. */
    public record LanguagesFit(int points, int maxPoints, List<LanguageCheck> met, List<LanguageCheck> unmet) {
    }

    /** One language asked for and the learner's level, null when they do not speak it. */
    public record LanguageCheck(String code, CefrLevel minimumLevel, CefrLevel learnerLevel) {
    }
}
