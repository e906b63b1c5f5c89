package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.check;
import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static fr.passerelle.agreement.rules.AgreementTestData.period;
import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.rules.AgreementTestData.PeriodBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * L124-14 with the Code du travail's young workers: 8 h a day and 35 h a week (L3162-1), no night (L3163-2), two
 * consecutive rest days (L3164-2), no public holiday (L3164-6), a legal representative (D124-4). The internship runs
 * from Monday 4 May to Friday 29 May 2026 (1 May is before it; 8 May, 14 May Ascension and 25 May Whit Monday in it).
 */
class MinorInternRulesTest {

    private static final AgreementRulesEngine ENGINE = AgreementRulesEngine.withLegalDefaults();
    /** Seventeen during the whole internship. */
    private static final LocalDate SEVENTEEN = date("2009-01-15");

    private static InternshipConditions minor(LocalDate birth, boolean representative, boolean night) {
        return new InternshipConditions(birth, representative, night, List.of());
    }

    private static RulesReport run(PeriodBuilder period, InternshipConditions conditions) {
        return ENGINE.check(check(period).conditions(conditions).build());
    }

    private static List<RuleFinding> blocking(RulesReport report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.blocking()).toList();
    }

    @Test
    void a_full_time_minor_with_a_representative_breaks_no_rule() {
        RulesReport report = run(fullTime("2026-05-04", "2026-05-29"), minor(SEVENTEEN, true, false));

        assertThat(report.blocking()).isFalse();
        assertThat(report.findings()).extracting(RuleFinding::ruleId).contains("MINOR_DAILY_HOURS",
                "MINOR_WEEKLY_HOURS", "MINOR_REST_DAYS", "MINOR_NIGHT", "MINOR_HOLIDAYS", "MINOR_REPRESENTATIVE");
    }

    @Test
    void an_adult_or_an_unknown_birth_date_gets_no_minor_finding() {
        RulesReport adult = run(fullTime("2026-05-04", "2026-05-29"), minor(date("2008-05-04"), false, true));
        RulesReport unknown = run(fullTime("2026-05-04", "2026-05-29"), InternshipConditions.UNSTATED);

        // Eighteen on the first day: an adult for the whole internship.
        assertThat(adult.findings()).noneMatch(f -> f.ruleId().startsWith("MINOR_"));
        assertThat(unknown.findings()).noneMatch(f -> f.ruleId().startsWith("MINOR_"));
    }

    @ParameterizedTest(name = "{0} min a day on 4 days -> daily {1}, weekly {2}")
    @CsvSource({
            "480, INFO, INFO",        // 8 h a day, 32 h a week
            "481, BLOCKING, INFO",    // a minute over 8 h
            "420, INFO, INFO"
    })
    void eight_hours_a_day(int minutes, Severity daily, Severity weekly) {
        WeeklySchedule fourDays = WeeklySchedule.regular(WeekPattern.days(minutes, MONDAY, TUESDAY, WEDNESDAY,
                THURSDAY));
        RulesReport report = run(period("2026-05-04", "2026-05-29", fourDays), minor(SEVENTEEN, true, false));

        assertThat(report.finding("MINOR_DAILY_HOURS").orElseThrow().severity()).isEqualTo(daily);
        assertThat(report.finding("MINOR_WEEKLY_HOURS").orElseThrow().severity()).isEqualTo(weekly);
    }

    @Test
    void each_long_day_is_named() {
        // 7 h a day, plus 2 h on Tuesday 19 May: 9 h that day only.
        RulesReport report = run(fullTime("2026-05-04", "2026-05-29").extra("2026-05-19", 120),
                minor(SEVENTEEN, true, false));

        assertThat(blocking(report, "MINOR_DAILY_HOURS")).singleElement().satisfies(f -> {
            assertThat(french(f.message())).isEqualTo("Stagiaire mineur : le 19/05/2026, 9 h de présence, plus que "
                    + "le maximum de 8 h par jour.");
            assertThat(french(f.article())).isEqualTo("Code de l'éducation, art. L124-14 ; Code du travail, art. "
                    + "L3162-1");
            assertThat(f.figure("breaches")).isEqualTo(1);
        });
        // 35 h + 2 h that week, which has no public holiday.
        assertThat(blocking(report, "MINOR_WEEKLY_HOURS")).singleElement().satisfies(f ->
                assertThat(english(f.message())).isEqualTo("Minor intern: in the week of 2026-05-18, 37 h of "
                        + "presence, more than the maximum of 35 h a week."));
    }

    @Test
    void thirty_five_hours_a_week_at_most() {
        // 6 h from Monday to Saturday: 36 h a week, every day under 8 h; Sunday alone is not two rest days.
        WeeklySchedule sixDays = WeeklySchedule.regular(WeekPattern.days(360, MONDAY, TUESDAY, WEDNESDAY, THURSDAY,
                FRIDAY, SATURDAY));
        RulesReport report = run(period("2026-06-01", "2026-06-14", sixDays), minor(SEVENTEEN, true, false));

        assertThat(blocking(report, "MINOR_DAILY_HOURS")).isEmpty();
        assertThat(blocking(report, "MINOR_WEEKLY_HOURS")).extracting(f -> english(f.message())).containsExactly(
                "Minor intern: in the week of 2026-06-01, 36 h of presence, more than the maximum of 35 h a week.",
                "Minor intern: in the week of 2026-06-08, 36 h of presence, more than the maximum of 35 h a week.");
        assertThat(blocking(report, "MINOR_REST_DAYS")).extracting(f -> english(f.message())).containsExactly(
                "Minor intern: the week of 2026-06-01 has no two consecutive rest days.",
                "Minor intern: the week of 2026-06-08 has no two consecutive rest days.");
    }

    @Test
    void two_rest_days_must_follow_each_other() {
        // Monday to Wednesday and Friday, Saturday: Thursday and Sunday are off, never two days in a row.
        WeeklySchedule split = WeeklySchedule.regular(WeekPattern.days(300, MONDAY, TUESDAY, WEDNESDAY, FRIDAY,
                SATURDAY));
        RulesReport report = run(period("2026-06-01", "2026-06-07", split), minor(SEVENTEEN, true, false));

        assertThat(blocking(report, "MINOR_REST_DAYS")).hasSize(1);
        // Friday off instead of Thursday: Friday, then Saturday is worked... Sunday follows Saturday; Monday is the
        // next week. With Saturday off instead, Saturday and Sunday are two days in a row.
        WeeklySchedule weekend = WeeklySchedule.regular(WeekPattern.days(300, MONDAY, TUESDAY, WEDNESDAY, THURSDAY,
                FRIDAY));
        assertThat(blocking(run(period("2026-06-01", "2026-06-07", weekend), minor(SEVENTEEN, true, false)),
                "MINOR_REST_DAYS")).isEmpty();
    }

    @Test
    void no_presence_on_a_public_holiday() {
        // Presence expected on holidays: Friday 8 May, Thursday 14 May (Ascension), Monday 25 May (Whit Monday).
        RulesReport planned = run(fullTime("2026-05-04", "2026-05-29").presenceOnHolidays(),
                minor(SEVENTEEN, true, false));
        assertThat(blocking(planned, "MINOR_HOLIDAYS")).extracting(f -> french(f.message())).containsExactly(
                "Stagiaire mineur : le 08/05/2026 est un jour férié, 7 h de présence y sont prévues.",
                "Stagiaire mineur : le 14/05/2026 est un jour férié, 7 h de présence y sont prévues.",
                "Stagiaire mineur : le 25/05/2026 est un jour férié, 7 h de présence y sont prévues.");

        // A holiday worked as extra presence.
        RulesReport extra = run(fullTime("2026-05-04", "2026-05-29").extra("2026-05-14", 240),
                minor(SEVENTEEN, true, false));
        assertThat(blocking(extra, "MINOR_HOLIDAYS")).singleElement().satisfies(f ->
                assertThat(f.message().arguments()).containsExactly(date("2026-05-14"), java.time.Duration.ofHours(4)));
    }

    @Test
    void no_night_presence_and_a_representative() {
        RulesReport report = run(fullTime("2026-05-04", "2026-05-29"), minor(SEVENTEEN, false, true));

        assertThat(blocking(report, "MINOR_NIGHT")).singleElement().satisfies(f -> {
            assertThat(french(f.article())).isEqualTo("Code de l'éducation, art. L124-14 ; Code du travail, art. "
                    + "L3163-2");
            assertThat(english(f.message())).isEqualTo("Minor intern: the agreement provides for presence at "
                    + "night, which is forbidden between 10 pm and 6 am.");
        });
        assertThat(blocking(report, "MINOR_REPRESENTATIVE")).singleElement().satisfies(f ->
                assertThat(french(f.article())).isEqualTo("Code de l'éducation, art. D124-4"));
    }

    @Test
    void only_the_days_before_the_eighteenth_birthday_count() {
        // Eighteen on Monday 18 May: 9 h days from then on are an adult's.
        WeeklySchedule nineHours = WeeklySchedule.regular(WeekPattern.days(540, MONDAY, TUESDAY));
        RulesReport report = run(period("2026-05-04", "2026-05-26", nineHours),
                minor(date("2008-05-18"), true, false));

        assertThat(blocking(report, "MINOR_DAILY_HOURS")).extracting(f -> f.message().arguments().get(0))
                .containsExactly(date("2026-05-04"), date("2026-05-05"), date("2026-05-11"), date("2026-05-12"));
    }

    @Test
    void at_most_ten_breaches_of_a_rule_are_named_and_all_are_counted() {
        // 9 h every weekday for a minor for 4 weeks: 20 long days minus the three holidays.
        RulesReport report = run(period("2026-05-04", "2026-05-29", WeeklySchedule.regular(WeekPattern.days(540,
                        DayOfWeek.MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY))), minor(SEVENTEEN, true, false));

        List<RuleFinding> days = blocking(report, "MINOR_DAILY_HOURS");
        assertThat(days).hasSize(MinorInternRules.DAYS_NAMED);
        assertThat(days).allSatisfy(f -> assertThat(f.figure("breaches")).isEqualTo(17));
    }
}
