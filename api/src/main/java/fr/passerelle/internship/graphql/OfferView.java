package fr.passerelle.internship.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.Rhythm;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.model.SkillCatalog;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * GraphQL {@code InternshipOffer}; the status is as of today. {@code localId} and {@code companyId} are the domain
 * ids nested fields need.
 */
public record OfferView(String id, OfferKind kind, String title, String description, String siteId, String city,
                        GeoPoint location, String tutorMembershipId, LocalDate startDate, LocalDate endDate,
                        long durationDays, int hoursPerWeek, Money monthlyStipend,
                        List<SkillRequirementView> requiredSkills, List<SkillRequirementView> niceToHaveSkills,
                        List<String> specialisations, List<LanguageRequirement> languages, int positions,
                        int positionsFilled, int positionsLeft, List<String> targetSchoolIds,
                        List<String> targetProgramCodes, WorkMode workMode, Rhythm rhythm, String postReference,
                        OfferStatus status,
                        int termsVersion, Instant publishedAt, Instant createdAt, Instant updatedAt, long version,
                        String localId, String companyId) {

    public static final String TYPE = "InternshipOffer";
    static final String MEMBERSHIP_TYPE = "Membership";

    static OfferView of(InternshipOffer offer, LocalDate today) {
        var terms = offer.terms();
        return new OfferView(GlobalIds.encode(TYPE, offer.id()), terms.kind(), terms.title(), terms.description(),
                terms.siteId(), terms.city(), terms.location(),
                terms.tutorMembershipId() == null ? null : GlobalIds.encode(MEMBERSHIP_TYPE, terms.tutorMembershipId()),
                terms.startDate(), terms.endDate(), ChronoUnit.DAYS.between(terms.startDate(), terms.endDate()) + 1,
                terms.hoursPerWeek(), terms.monthlyStipend(), SkillRequirementView.of(terms.requiredSkills()),
                SkillRequirementView.of(terms.niceToHaveSkills()), terms.specialisations(), terms.languages(),
                terms.positions(), offer.positionsFilled(), offer.positionsLeft(),
                terms.targetSchoolIds().stream().sorted().map(id -> GlobalIds.encode(SchoolView.TYPE, id)).toList(),
                terms.targetProgramCodes().stream().sorted().toList(), terms.workMode(), terms.rhythm(),
                terms.postReference(), offer.statusOn(today), offer.termsVersion(), offer.publishedAt(), offer.createdAt(),
                offer.updatedAt(), offer.version(), offer.id(), offer.companyId());
    }

    /** GraphQL {@code monthlyStipendAmount}: the {@code Money} object that replaces the deprecated scalar {@code monthlyStipend}. */
    public Money monthlyStipendAmount() {
        return monthlyStipend;
    }

    /** GraphQL {@code SkillRequirement}, with the catalog's label. */
    record SkillRequirementView(String code, String label, ProficiencyLevel minimumLevel) {

        static List<SkillRequirementView> of(List<SkillRequirement> requirements) {
            return requirements.stream().map(r -> new SkillRequirementView(r.code(),
                    SkillCatalog.find(r.code()).map(SkillCatalog.Skill::label).orElse(r.code()),
                    r.minimumLevel())).toList();
        }
    }
}
