package fr.passerelle.agreement.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.shared.model.Money;
import java.time.YearMonth;
import java.util.Currency;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * L242-4-1 CSS: up to 15 % of the hourly ceiling times the month's hours (4,35 € in 2025, 4,50 € in 2026, the
 * minimum of D124-8) a gratification bears no contributions; above, it does.
 */
class ContributionSplitTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    /** 22 days of 7 hours: 154 h. */
    private static final long FULL_MONTH = 154 * 60;

    @ParameterizedTest(name = "{0} {1}, {2} cents {3} for {4} min: exempt {5}, subject {6}")
    @CsvSource({
            // month,  basis,   amount, currency, minutes,     exempt, subject
            "2026-03, MONTHLY,  80000, EUR, " + FULL_MONTH + ", 69300, 10700",  // 154 h × 4,50 € = 693 €
            "2026-03, MONTHLY,  69300, EUR, " + FULL_MONTH + ", 69300,     0",  // exactly the minimum
            "2026-03, MONTHLY,  60000, EUR, " + FULL_MONTH + ", 60000,     0",  // below: all exempt (not mandatory)
            "2025-03, MONTHLY,  80000, EUR, " + FULL_MONTH + ", 66990, 13010",  // 154 h × 4,35 € = 669,90 €
            "2026-03, HOURLY,     450, EUR, " + FULL_MONTH + ", 69300,     0",  // the minimum rate
            "2026-03, HOURLY,     500, EUR, " + FULL_MONTH + ", 69300,  7700",  // 770 € paid
            "2026-03, HOURLY,     500, EUR,             70, 525,     59",  // 1 h 10: 5,84 € paid (rounded up)
    })
    void the_part_up_to_the_months_minimum_is_exempt_the_rest_subject(String month, String basis, long cents,
                                                                      String currency, long minutes, long exempt,
                                                                      long subject) {
        Money amount = new Money(cents, Currency.getInstance(currency));
        ProposedGratification gratification = basis.equals("MONTHLY") ? new ProposedGratification.MonthlyFlat(amount)
                : new ProposedGratification.Hourly(amount);

        var split = ContributionSplit.of(months(YearMonth.parse(month), minutes), gratification,
                GratificationRates.LEGAL_MINIMUM);

        assertThat(split).singleElement().satisfies(m -> {
            assertThat(m.exempt()).isEqualTo(new Money(exempt, EUR));
            assertThat(m.subject()).isEqualTo(new Money(subject, EUR));
            assertThat(m.paid().amountInMinorUnits()).isEqualTo(exempt + subject);
        });
    }

    @Test
    void each_month_at_its_own_years_ceiling() {
        SortedMap<YearMonth, Long> months = months(YearMonth.of(2025, 12), FULL_MONTH);
        months.put(YearMonth.of(2026, 1), FULL_MONTH);

        var split = ContributionSplit.of(months, new ProposedGratification.MonthlyFlat(new Money(70_000, EUR)),
                GratificationRates.LEGAL_MINIMUM);

        assertThat(split).extracting(MonthlyContributions::month, m -> m.exempt().amountInMinorUnits(),
                        m -> m.subject().amountInMinorUnits())
                .containsExactly(tuple(YearMonth.of(2025, 12), 66_990L, 3_010L),
                        tuple(YearMonth.of(2026, 1), 69_300L, 700L));
    }

    @Test
    void nothing_is_split_without_a_gratification_in_euros_or_a_known_ceiling() {
        var months = months(YearMonth.of(2026, 3), FULL_MONTH);

        assertThat(ContributionSplit.of(months, null, GratificationRates.LEGAL_MINIMUM)).isEmpty();
        assertThat(ContributionSplit.of(months, new ProposedGratification.MonthlyFlat(
                new Money(80_000, Currency.getInstance("CHF"))), GratificationRates.LEGAL_MINIMUM)).isEmpty();
        assertThat(ContributionSplit.of(months(YearMonth.of(2031, 3), FULL_MONTH),
                new ProposedGratification.MonthlyFlat(new Money(80_000, EUR)), GratificationRates.LEGAL_MINIMUM))
                .as("2031's ceiling is not known").isEmpty();
    }

    private static SortedMap<YearMonth, Long> months(YearMonth month, long minutes) {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        months.put(month, minutes);
        return months;
    }
}
