package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal minimum hourly gratification, year by year, as data. D124-8 sets it at
 * {@value #SHARE_OF_HOURLY_CEILING_PERCENT} % of the hourly social security ceiling (plafond horaire, Code de la
 * sécurité sociale, art. L241-3), which is fixed for each calendar year from 1 January: the table holds that ceiling
 * by year, to be extended each January, and a year it does not hold has no known minimum (reported, never guessed
 * from another year).
 *
 * <p>Which year's rate applies: the texts say neither the signature date nor the start date. The minimum is read here
 * as due for each hour at the rate in force when the hour is spent, so a month is priced at its own calendar year's
 * rate (an internship from November 2025 to February 2026 has 4,35 € hours, then 4,50 € hours). As long as the
 * ceiling does not fall, that reading never asks less than a rate fixed at the start or at the signature would.
 */
public final class GratificationRates {

    /** D124-8: the minimum is 15 % of the hourly ceiling. */
    static final int SHARE_OF_HOURLY_CEILING_PERCENT = 15;

    static final Currency EUR = Currency.getInstance("EUR");

    /**
     * Hourly ceilings in cents: 27 € in 2023 (minimum 4,05 €), 29 € in 2024 and 2025 (4,35 €; the annual ceiling
     * rose in 2025 but the hourly one did not), 30 € in 2026 (4,50 €).
     */
    public static final GratificationRates LEGAL_MINIMUM = fromHourlyCeilings(
            Map.of(2023, 2_700L, 2024, 2_900L, 2025, 2_900L, 2026, 3_000L));

    private final Map<Integer, Long> hourlyCeilingCentsByYear;

    private GratificationRates(Map<Integer, Long> hourlyCeilingCentsByYear) {
        this.hourlyCeilingCentsByYear = hourlyCeilingCentsByYear;
    }

    /** @param hourlyCeilingCentsByYear the hourly social security ceiling of each calendar year, in euro cents */
    public static GratificationRates fromHourlyCeilings(Map<Integer, Long> hourlyCeilingCentsByYear) {
        Objects.requireNonNull(hourlyCeilingCentsByYear, "hourlyCeilingCentsByYear");
        hourlyCeilingCentsByYear.forEach((year, cents) -> {
            if (cents == null || cents <= 0) {
                throw BusinessRuleViolation.of("hourlyCeilingCentsByYear." + year, ErrorCode.OUT_OF_RANGE,
                        "error.amount.not-positive");
            }
        });
        return new GratificationRates(Map.copyOf(hourlyCeilingCentsByYear));
    }

    /**
     * The minimum for one hour of presence in {@code year}: {@value #SHARE_OF_HOURLY_CEILING_PERCENT} % of that year's
     * ceiling, rounded up to the cent should the share not fall on a whole cent (it always has), so that the minimum
     * computed is never below the legal one. Empty when the table does not hold the year.
     */
    public Optional<Money> hourlyMinimum(int year) {
        return Optional.ofNullable(hourlyCeilingCentsByYear.get(year))
                .map(ceiling -> new Money(ceilDiv(ceiling * SHARE_OF_HOURLY_CEILING_PERCENT, 100), EUR));
    }

    /** {@code dividend / divisor} rounded up, for non-negative numbers. */
    static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
