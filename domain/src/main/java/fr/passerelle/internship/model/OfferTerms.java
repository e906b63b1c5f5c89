package fr.passerelle.internship.model;

import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an offer says. The essential terms ({@link #essentials()}) are what an applicant commits to: once the offer
 * is published they change only through a new version of the terms, which applicants are told about.
 *
 * @param siteId           the company site where the work happens; {@code location} is that site's coordinates
 * @param tutorMembershipId the company member who will tutor the intern, if chosen
 * @param monthlyStipend   gross monthly gratification or pay, null if none
 * @param targetSchoolIds  schools the offer is meant for; empty means every learner
 * @param targetProgramCodes programs the offer is meant for; empty means any
 * @param rhythm           an apprenticeship's alternation, null for an internship
 * @param postReference    the host's code or label of the post ({@link PostReference}, normalised), which agreements
 *                         made for the offer take; null when not stated
 */
public record OfferTerms(OfferKind kind, String title, String description, String siteId, GeoPoint location,
                         String city, String tutorMembershipId, LocalDate startDate, LocalDate endDate,
                         int hoursPerWeek, Money monthlyStipend, List<SkillRequirement> requiredSkills,
                         List<SkillRequirement> niceToHaveSkills, List<String> specialisations,
                         List<LanguageRequirement> languages, int positions, Set<String> targetSchoolIds,
                         Set<String> targetProgramCodes, WorkMode workMode, Rhythm rhythm, String postReference) {

    /** Terms that name no post. */
    public OfferTerms(OfferKind kind, String title, String description, String siteId, GeoPoint location,
                      String city, String tutorMembershipId, LocalDate startDate, LocalDate endDate,
                      int hoursPerWeek, Money monthlyStipend, List<SkillRequirement> requiredSkills,
                      List<SkillRequirement> niceToHaveSkills, List<String> specialisations,
                      List<LanguageRequirement> languages, int positions, Set<String> targetSchoolIds,
                      Set<String> targetProgramCodes, WorkMode workMode, Rhythm rhythm) {
        this(kind, title, description, siteId, location, city, tutorMembershipId, startDate, endDate, hoursPerWeek,
                monthlyStipend, requiredSkills, niceToHaveSkills, specialisations, languages, positions,
                targetSchoolIds, targetProgramCodes, workMode, rhythm, null);
    }

    public OfferTerms {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(workMode, "workMode");
        requiredSkills = List.copyOf(requiredSkills);
        niceToHaveSkills = List.copyOf(niceToHaveSkills);
        specialisations = List.copyOf(specialisations);
        languages = List.copyOf(languages);
        targetSchoolIds = Set.copyOf(targetSchoolIds);
        targetProgramCodes = Set.copyOf(targetProgramCodes);
        postReference = PostReference.normalise(postReference);
    }

    /** The terms an applicant commits to; the rest (wording, tutor, targeting) may be edited freely. */
    public Essentials essentials() {
        return new Essentials(kind, siteId, startDate, endDate, hoursPerWeek, monthlyStipend,
                Set.copyOf(requiredSkills), Set.copyOf(languages), workMode, rhythm);
    }

    /**
     * The essential terms, compared to decide whether a change needs a new version. Requirements compare as sets:
     * listing the same skills in another order changes nothing an applicant committed to.
     */
    public record Essentials(OfferKind kind, String siteId, LocalDate startDate, LocalDate endDate, int hoursPerWeek,
                             Money monthlyStipend, Set<SkillRequirement> requiredSkills,
                             Set<LanguageRequirement> languages, WorkMode workMode, Rhythm rhythm) {
    }
}
