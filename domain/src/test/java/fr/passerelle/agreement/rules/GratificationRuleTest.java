package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.euroCents;
import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.rules.ProposedGratification.Hourly;
import fr.passerelle.agreement.rules.ProposedGratification.MonthlyFlat;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.Money;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Currency;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minimum amounts worked out by hand: hours × 4,05 € (2023), 4,35 € (2024, 2025), 4,50 € (2026). */
class GratificationRuleTest {

    private static final long H = 60;

    /** July 2026: 154 h; August 2026: 147 h (see the presence tests). */
    private static final SortedMap<YearMonth, Long> SUMMER_2026 = months("2026-07", 154 * H, "2026-08", 147 * H);

    private static SortedMap<YearMonth, Long> months(Object... monthsAndMinutes) {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        for (int i = 0; i < monthsAndMinutes.length; i += 2) {
            months.put(YearMonth.parse((String) monthsAndMinutes[i]), ((Number) monthsAndMinutes[i + 1]).longValue());
        }
        return months;
    }

    private static SortedMap<AcademicYear, Presence> years(long... minutesFrom2025) {
        SortedMap<AcademicYear, Presence> years = new TreeMap<>();
        for (int i = 0; i < minutesFrom2025.length; i++) {
            years.put(new AcademicYear(2025 + i), new Presence(minutesFrom2025[i]));
        }
        return years;
    }

    /** A summer 2026 internship of 301 h, with the host's presence in 2025-2026 given. */
    private static GratificationRule.Outcome summer(long hostMinutes, ProposedGratification proposal) {
        return GratificationRule.check(Presence.ofHours(301), years(hostMinutes), SUMMER_2026, proposal,
                GratificationRates.LEGAL_MINIMUM);
    }

    private static GratificationRule.Outcome mandatorySummer(ProposedGratification proposal) {
        return summer(400 * H, proposal);
    }

    @Test
    void mandatory_above_two_months_that_is_308_hours() {
        assertThat(GratificationRule.MANDATORY_ABOVE_MONTHS).isEqualTo(2);
        assertThat(GratificationRule.THRESHOLD).isEqualTo(Presence.ofHours(308));
    }

    @ParameterizedTest(name = "internship {0} min, host per year {1} / {2} min: mandatory {3}")
    @CsvSource({
            "0,     0,     0,    false",
            "420,   420,   0,    false",
            // 308 h is two months, not more: not mandatory.
            "18480, 18480, 0,    false",
            // The 309th hour begins: mandatory.
            "18481, 18481, 0,    true",
            "18900, 18900, 0,    true",
            // Other agreements with the host in the year bring the total to 308 h: not mandatory.
            "9240,  18480, 0,    false",
            // ...or beyond: mandatory, "consécutifs ou non".
            "9240,  18481, 0,    true",
            // One internship across 31 August, each year's part under 308 h, over 308 h in all:
            // "deux mois consécutifs" with the same host.
            "18481, 9240,  9241, true",
            "18480, 9240,  9240, false",
            // Over in the second academic year only.
            "9240,  100,   18481, true",
    })
    void a_gratification_is_mandatory_over_two_months_with_the_host(long internship, long firstYear,
                                                                    long secondYear, boolean mandatory) {
        GratificationRule.Outcome outcome = GratificationRule.check(new Presence(internship),
                years(firstYear, secondYear), months("2026-07", 0L), new Hourly(euroCents(450)),
                GratificationRates.LEGAL_MINIMUM);

        assertThat(outcome.finding().ruleId()).isEqualTo("GRATIFICATION");
        assertThat(french(outcome.finding().article())).isEqualTo("Code de l'éducation, art. L124-6 et D124-8");
        assertThat(outcome.finding().severity()).isEqualTo(Severity.INFO);
        assertThat(outcome.finding().message().key())
                .isEqualTo(mandatory ? "finding.gratification.mandatory" : "finding.gratification.optional");
        assertThat(outcome.finding().figure("presenceMinutes")).as("this agreement's only: the others may be "
                + "another school's").isEqualTo(internship);
        assertThat(outcome.finding().figure("thresholdMinutes")).isEqualTo(18480);
        assertThat(outcome.schedule()).hasSize(mandatory ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}, {1} min: {2} cents")
    @CsvSource({
            // 35 h a week in a month of 22 working days: 154 h.
            "2026-07, 9240, 69300",
            "2025-07, 9240, 66990",
            "2024-07, 9240, 66990",
            "2023-07, 9240, 62370",
            "2026-08, 8820, 66150",
            "2025-08, 8400, 60900",
            "2026-09, 210,  1575",
            // Rounded up to the cent: 4,50 € / 60 = 7,5 cents a minute.
            "2026-03, 1,    8",
            "2025-03, 1,    8",
            "2025-03, 10,   73",
            "2025-03, 12,   87",
            "2026-02, 0,    0",
    })
    void a_month_is_its_present_hours_at_its_year_s_hourly_minimum(YearMonth month, long minutes, long cents) {
        Money rate = GratificationRates.LEGAL_MINIMUM.hourlyMinimum(month.getYear()).orElseThrow();

        MonthlyGratification due = GratificationRule.monthly(month, minutes, rate);

        assertThat(due).isEqualTo(new MonthlyGratification(month, minutes, rate, euroCents(cents)));
    }

    @Test
    void the_schedule_lists_each_month_of_the_internship() {
        assertThat(mandatorySummer(new Hourly(euroCents(450))).schedule()).containsExactly(
                new MonthlyGratification(YearMonth.of(2026, 7), 154 * H, euroCents(450), euroCents(69300)),
                new MonthlyGratification(YearMonth.of(2026, 8), 147 * H, euroCents(450), euroCents(66150)));
    }

    @Test
    void across_the_new_year_each_month_takes_its_own_year_s_rate() {
        GratificationRule.Outcome winter = GratificationRule.check(Presence.ofHours(63), years(400 * H),
                months("2025-12", 21 * H, "2026-01", 42 * H), new Hourly(euroCents(440)),
                GratificationRates.LEGAL_MINIMUM);

        assertThat(winter.schedule()).containsExactly(
                new MonthlyGratification(YearMonth.of(2025, 12), 21 * H, euroCents(435), euroCents(9135)),
                new MonthlyGratification(YearMonth.of(2026, 1), 42 * H, euroCents(450), euroCents(18900)));
        // 4,40 € covers December's 4,35 € but not January's 4,50 €.
        assertThat(winter.finding().severity()).isEqualTo(Severity.BLOCKING);
        assertThat(winter.finding().figure("hourlyMinimumCents")).isEqualTo(450);
    }

    @ParameterizedTest(name = "{0} cents an hour: {1}")
    @CsvSource({"0, BLOCKING", "435, BLOCKING", "449, BLOCKING", "450, INFO", "451, INFO", "1200, INFO"})
    void an_hourly_rate_must_reach_the_minimum_rate(long cents, Severity severity) {
        RuleFinding finding = mandatorySummer(new Hourly(euroCents(cents))).finding();

        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.figure("proposedCents")).isEqualTo(cents);
        assertThat(finding.figure("hourlyMinimumCents")).isEqualTo(450);
    }

    @ParameterizedTest(name = "{0} cents a month: {1}, {2} months short")
    @CsvSource({
            "100000, INFO,     0",
            // July's minimum, 693,00 €, covers August's 661,50 €.
            "69300,  INFO,     0",
            "69299,  BLOCKING, 1",
            "66150,  BLOCKING, 1",
            "66149,  BLOCKING, 2",
            "0,      BLOCKING, 2",
    })
    void a_flat_monthly_amount_must_reach_every_month_s_minimum(long cents, Severity severity, int monthsShort) {
        RuleFinding finding = mandatorySummer(new MonthlyFlat(euroCents(cents))).finding();

        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.figure("proposedCents")).isEqualTo(cents);
        if (monthsShort > 0) {
            assertThat(finding.figure("monthsBelowMinimum")).isEqualTo(monthsShort);
        } else {
            assertThat(finding.figures()).extracting(RuleFinding.Figure::name).doesNotContain("monthsBelowMinimum");
        }
    }

    @Test
    void the_messages_say_what_is_due_and_what_falls_short() {
        assertThat(why(mandatorySummer(null).finding()))
                .isEqualTo(Message.of("finding.gratification.amount-missing", euroCents(450)));
        assertThat(why(mandatorySummer(new Hourly(euroCents(400))).finding()))
                .isEqualTo(Message.of("finding.gratification.hourly-below", euroCents(400), euroCents(450)));
        assertThat(why(mandatorySummer(new MonthlyFlat(euroCents(60000))).finding())).isEqualTo(Message.of(
                "finding.gratification.monthly-below-and-others", euroCents(60000), euroCents(69300),
                YearMonth.of(2026, 7), Duration.ofHours(154), euroCents(450),
                Message.of("finding.count.other-months.one", 1)));
        assertThat(why(mandatorySummer(new MonthlyFlat(euroCents(80000))).finding()))
                .isEqualTo(Message.of("finding.gratification.monthly-enough", euroCents(80000), euroCents(69300)));
        assertThat(summer(308 * H, null).finding().message()).isEqualTo(Message.of("finding.gratification.optional",
                Duration.ofHours(301), Duration.ofHours(308), 2));
    }

    @Test
    void the_messages_are_written_in_each_readers_language() {
        assertThat(french(mandatorySummer(null).finding().message())).isEqualTo("Gratification obligatoire dès la "
                + "première heure : 301 h de présence prévues par cette convention, plus de 308 h (2 mois) chez cet "
                + "organisme dans l'année d'enseignement, éventuels autres stages compris ; la convention doit en "
                + "fixer le montant, au moins 4,50\u00a0€ par heure de présence.");
        assertThat(english(mandatorySummer(null).finding().message())).isEqualTo("Gratification mandatory from the "
                + "first hour: 301 h of presence planned by this agreement, more than 308 h (2 months) with this host "
                + "in the academic year, any other internships included; the agreement must state its amount, at "
                + "least €4.50 per hour of presence.");
        Message monthlyShort = why(mandatorySummer(new MonthlyFlat(euroCents(60000))).finding());
        assertThat(french(monthlyShort)).isEqualTo("600,00\u00a0€ par mois proposés, en dessous du minimum de "
                + "693,00\u00a0€ dû pour juillet 2026 (154 h à 4,50\u00a0€) et pour 1 autre mois.");
        assertThat(english(monthlyShort)).isEqualTo("€600.00 per month proposed, below the minimum of €693.00 due "
                + "for July 2026 (154 h at €4.50) and for 1 other month.");
    }

    /** What follows "mandatory from the first hour" in a mandatory gratification's finding. */
    private static Message why(RuleFinding finding) {
        assertThat(finding.message().key()).isEqualTo("finding.gratification.mandatory");
        return (Message) finding.message().arguments().get(3);
    }

    @Test
    void a_mandatory_gratification_without_an_amount_blocks() {
        GratificationRule.Outcome outcome = mandatorySummer(null);

        assertThat(outcome.finding().severity()).isEqualTo(Severity.BLOCKING);
        assertThat(outcome.schedule()).hasSize(2);
    }

    @Test
    void when_not_mandatory_any_amount_or_none_is_only_information() {
        assertThat(summer(308 * H, null).finding().severity()).isEqualTo(Severity.INFO);
        assertThat(summer(308 * H, new Hourly(euroCents(100))).finding().severity()).isEqualTo(Severity.INFO);
        assertThat(summer(308 * H, new Hourly(euroCents(100))).schedule()).isEmpty();
    }

    @Test
    void an_unknown_year_s_rate_is_a_warning_and_no_schedule() {
        GratificationRule.Outcome outcome = GratificationRule.check(Presence.ofHours(400), years(400 * H),
                months("2026-12", 140 * H, "2027-01", 140 * H), new Hourly(euroCents(450)),
                GratificationRates.LEGAL_MINIMUM);

        assertThat(outcome.finding().severity()).isEqualTo(Severity.WARNING);
        assertThat(why(outcome.finding())).isEqualTo(Message.of("finding.gratification.rate-unknown", "2027"));
        assertThat(outcome.schedule()).isEmpty();
    }

    @Test
    void an_unknown_year_s_rate_does_not_excuse_a_missing_amount() {
        GratificationRule.Outcome outcome = GratificationRule.check(Presence.ofHours(400), years(400 * H),
                months("2027-01", 140 * H), null, GratificationRates.LEGAL_MINIMUM);

        assertThat(outcome.finding().severity()).isEqualTo(Severity.BLOCKING);
        assertThat(why(outcome.finding()))
                .isEqualTo(Message.of("finding.gratification.amount-missing-rate-unknown", "2027"));
        assertThat(outcome.schedule()).isEmpty();
    }

    @Test
    void a_mandatory_amount_in_another_currency_is_refused() {
        RuleFinding finding = mandatorySummer(new Hourly(new Money(500, Currency.getInstance("CHF")))).finding();

        assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(why(finding)).isEqualTo(Message.of("finding.gratification.other-currency", "CHF"));
    }
}
