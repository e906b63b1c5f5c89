package fr.passerelle.internship.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.api.graphql.OrderDirection;
import fr.passerelle.api.graphql.OrderInput;
import fr.passerelle.api.graphql.SearchText;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.internship.port.in.OfferCommand;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The offer inputs of the schema, bound by Spring for GraphQL and turned into domain commands and filters. */
final class OfferInputs {

    /** A search radius beyond this is no longer a place. */
    static final int MAX_WITHIN_KM = 1_000;

    private OfferInputs() {
    }

    /** {@code InternshipOfferInput}. Ids that are not global ids of the right type pass through, to be refused by rule. */
    record OfferInput(OfferKind kind, String title, String description, String siteId, String tutorMembershipId,
                      LocalDate startDate, LocalDate endDate, Integer hoursPerWeek, MoneyInput monthlyStipend,
                      List<OfferCommand.SkillInput> requiredSkills, List<OfferCommand.SkillInput> niceToHaveSkills,
                      List<String> specialisations, List<OfferCommand.LanguageInput> languages, Integer positions,
                      List<String> targetSchoolIds, List<String> targetProgramCodes, WorkMode workMode,
                      OfferCommand.RhythmInput rhythm, String postReference) {

        OfferCommand command() {
            return new OfferCommand(kind, title, description, siteId, localOrRaw(tutorMembershipId,
                    OfferView.MEMBERSHIP_TYPE), startDate, endDate, hoursPerWeek, MoneyInput.toMoney(monthlyStipend), requiredSkills,
                    niceToHaveSkills, specialisations, languages, positions,
                    targetSchoolIds == null ? null
                            : targetSchoolIds.stream().map(id -> localOrRaw(id, SchoolView.TYPE)).toList(),
                    targetProgramCodes, workMode, rhythm, postReference);
        }

        private static String localOrRaw(String globalId, String type) {
            return globalId == null ? null : GlobalIds.decode(globalId).filter(id -> id.type().equals(type))
                    .map(GlobalIds.GlobalId::localId).orElse(globalId);
        }
    }

    /** {@code InternshipOfferUpdateInput}. */
    record UpdateInput(OfferInput terms, Long expectedVersion) {
    }

    /** {@code GeoPointInput}. */
    record GeoPointInput(double latitude, double longitude) {
    }

    /** {@code InternshipOfferFilter}. */
    record FilterInput(String keywords, Set<OfferKind> kinds, Set<WorkMode> workModes, GeoPointInput near,
                       Integer withinKm, LocalDate startsFrom, LocalDate startsTo, MoneyInput minMonthlyStipend) {

        static OfferFilter toFilter(FilterInput input) {
            if (input == null) {
                return OfferFilter.NONE;
            }
            if ((input.near() == null) != (input.withinKm() == null)) {
                throw new InvalidArgumentException("near and withinKm go together");
            }
            if (input.withinKm() != null && (input.withinKm() < 1 || input.withinKm() > MAX_WITHIN_KM)) {
                throw new InvalidArgumentException("withinKm must be between 1 and " + MAX_WITHIN_KM);
            }
            GeoPoint near = null;
            if (input.near() != null) {
                try {
                    near = new GeoPoint(input.near().latitude(), input.near().longitude());
                } catch (BusinessRuleViolation e) {
                    throw new InvalidArgumentException("near: " + e.getMessage());
                }
            }
            return new OfferFilter(SearchText.bounded(input.keywords()), input.kinds(), input.workModes(), near,
                    input.withinKm(), input.startsFrom(), input.startsTo(), MoneyInput.toMoney(input.minMonthlyStipend()));
        }
    }

    /** {@code InternshipOfferOrder}. */
    record OrderByInput(OfferOrderField field, OrderDirection direction) implements OrderInput<OfferOrderField> {

        static final OrderByInput DEFAULT = new OrderByInput(OfferOrderField.PUBLISHED_AT, OrderDirection.DESC);
    }
}
