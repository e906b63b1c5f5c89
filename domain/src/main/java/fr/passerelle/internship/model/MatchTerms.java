package fr.passerelle.internship.model;

import fr.passerelle.shared.model.GeoPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What matching weighs of an offer, and nothing else: eligibility ({@link MatchingRules#eligible}) and scoring
 * ({@link MatchingRules#score}) read only these. The matching prefilter reads them as a projection of thousands of
 * offers, so that ranking does not pay for titles, descriptions and the rest of whole offers; the ranked page's
 * offers are then read whole.
 *
 * @param location the site's coordinates, null when unknown
 */
public record MatchTerms(String offerId, OfferStatus status, LocalDate startDate, LocalDate endDate,
                         WorkMode workMode, GeoPoint location, List<SkillRequirement> requiredSkills,
                         List<SkillRequirement> niceToHaveSkills, List<String> specialisations,
                         List<LanguageRequirement> languages, Set<String> targetSchoolIds,
                         Set<String> targetProgramCodes) {

    public MatchTerms {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(workMode, "workMode");
        requiredSkills = List.copyOf(requiredSkills);
        niceToHaveSkills = List.copyOf(niceToHaveSkills);
        specialisations = List.copyOf(specialisations);
        languages = List.copyOf(languages);
        targetSchoolIds = Set.copyOf(targetSchoolIds);
        targetProgramCodes = Set.copyOf(targetProgramCodes);
    }

    public static MatchTerms of(InternshipOffer offer) {
        OfferTerms terms = offer.terms();
        return new MatchTerms(offer.id(), offer.status(), terms.startDate(), terms.endDate(), terms.workMode(),
                terms.location(), terms.requiredSkills(), terms.niceToHaveSkills(), terms.specialisations(),
                terms.languages(), terms.targetSchoolIds(), terms.targetProgramCodes());
    }

    /** Whether the offer is still open to applications today ({@link InternshipOffer#statusOn}'s PUBLISHED). */
    public boolean publishedOn(LocalDate today) {
        return status == OfferStatus.PUBLISHED && !startDate.isBefore(today);
    }
}
