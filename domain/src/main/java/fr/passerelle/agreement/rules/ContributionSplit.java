package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.ProposedGratification.MonthlyFlat;
import fr.passerelle.shared.model.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Code de la sécurité sociale, art. L242-4-1 (and D242-2-1): a gratification is not wages up to a franchise, the
 * product of 15 % of the hourly social security ceiling and the month's hours of presence — the same figure as the
 * legal minimum of D124-8, computed by {@link GratificationRule#monthly} — whether the gratification is mandatory or
 * not. Only what is paid above it bears contributions.
 *
 * <p>Month by month: an hourly gratification pays the month's minutes at its rate (rounded up to the cent, as the
 * minimum is, so that a rate equal to the minimum leaves nothing subject); a flat one pays its amount every month.
 * Nothing is split when the terms state no gratification, state it in another currency than the euro (the franchise
 * is in euros), or when a month's ceiling is not known yet: a split then would be a guess on a payslip.
 */
public final class ContributionSplit {

    private static final int MINUTES_PER_HOUR = 60;

    private ContributionSplit() {
    }

    /** The exempt and subject parts of each month of presence; empty when they cannot be told (see above). */
    public static List<MonthlyContributions> of(SortedMap<YearMonth, Long> presentMinutesByMonth,
                                                ProposedGratification gratification, GratificationRates rates) {
        if (gratification == null || !gratification.amount().currency().equals(GratificationRates.EUR)) {
            return List.of();
        }
        List<MonthlyContributions> months = new ArrayList<>();
        for (Map.Entry<YearMonth, Long> month : presentMinutesByMonth.entrySet()) {
            Optional<Money> rate = rates.hourlyMinimum(month.getKey().getYear());
            if (rate.isEmpty()) {
                return List.of();
            }
            long franchise = GratificationRule.monthly(month.getKey(), month.getValue(), rate.get()).minimum()
                    .amountInMinorUnits();
            long paid = gratification instanceof MonthlyFlat flat ? flat.amount().amountInMinorUnits()
                    : GratificationRates.ceilDiv(Math.multiplyExact(month.getValue(),
                    gratification.amount().amountInMinorUnits()), MINUTES_PER_HOUR);
            long exempt = Math.min(paid, franchise);
            months.add(new MonthlyContributions(month.getKey(), month.getValue(), euros(paid), euros(exempt),
                    euros(paid - exempt)));
        }
        return List.copyOf(months);
    }

    private static Money euros(long cents) {
        return new Money(cents, GratificationRates.EUR);
    }
}
