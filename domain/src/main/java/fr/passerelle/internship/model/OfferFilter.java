package fr.passerelle.internship.model;

import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import java.time.LocalDate;
import java.util.Set;

/**
 * Narrows a list of offers; null or empty criteria match everything.
 *
 * @param keywords   words that must all appear in the title, description, city, specialisations or skills
 *                   (accents, case and plural "s" ignored)
 * @param near       with {@code withinKm}: offers whose site is at most that far from this point; remote offers
 *                   always qualify
 * @param startsFrom offers starting on or after this day
 * @param startsTo   offers starting on or before this day
 * @param minMonthlyStipend offers paying at least this much a month (in the same currency)
 */
public record OfferFilter(String keywords, Set<OfferKind> kinds, Set<WorkMode> workModes, GeoPoint near,
                          Integer withinKm, LocalDate startsFrom, LocalDate startsTo, Money minMonthlyStipend) {

    public static final OfferFilter NONE = new OfferFilter(null, Set.of(), Set.of(), null, null, null, null, null);

    public OfferFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        workModes = workModes == null ? Set.of() : Set.copyOf(workModes);
    }

    /** This filter, its start days checked against {@code window}; a day outside is a {@link BusinessRuleViolation}. */
    public OfferFilter within(DateWindow window) {
        var checks = new Checks();
        checks.date("startsFrom", startsFrom, window);
        checks.date("startsTo", startsTo, window);
        checks.throwIfAny();
        return this;
    }
}
