package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.check;
import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static fr.passerelle.agreement.rules.AgreementTestData.euroCents;
import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static fr.passerelle.agreement.rules.AgreementTestData.hours;
import static fr.passerelle.agreement.rules.AgreementTestData.period;
import static fr.passerelle.agreement.rules.AgreementTestData.range;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.rules.AgreementTestData.CheckBuilder;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole agreements through the façade, with the legal defaults unless said otherwise. */
class AgreementRulesEngineTest {

    private static final AgreementRulesEngine ENGINE = AgreementRulesEngine.withLegalDefaults();

    private static RulesReport run(CheckBuilder check) {
        return ENGINE.check(check.build());
    }

    private static Severity severity(RulesReport report, String ruleId) {
        return report.finding(ruleId).orElseThrow().severity();
    }

    @Test
    void a_one_day_internship_is_legal_and_nothing_blocks_it() {
        RulesReport report = run(check(fullTime("2026-03-10", "2026-03-10")));

        assertThat(report.blocking()).isFalse();
        assertThat(report.findings()).noneMatch(RuleFinding::blocking);
        assertThat(report.presence()).isEqualTo(hours(7));
        assertThat(report.presence().days()).isEqualTo(1);
        assertThat(report.gratificationSchedule()).isEmpty();
    }

    @Test
    void a_one_day_internship_with_every_fact_known_is_still_fine() {
        RulesReport report = run(check(fullTime("2026-03-10", "2026-03-10"))
                .tutorAlsoFollows(range("2026-01-05", "2026-06-30"))
                .host(8, range("2026-03-09", "2026-03-13"))
                .previousOnPost(range("2025-09-01", "2025-12-19"), false)
                .programTeaches(400));

        assertThat(report.blocking()).isFalse();
        assertThat(report.findings()).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void every_rule_reports_once_in_a_fixed_order() {
        RulesReport report = run(check(fullTime("2026-03-02", "2026-03-27")));

        assertThat(report.findings()).extracting(RuleFinding::ruleId)
                .containsExactly("MAX_DURATION", "GRATIFICATION", "TUTOR_LOAD", "HOST_QUOTA", "WAITING_PERIOD",
                        "TEACHING_VOLUME", "LEAVE_CLAUSE", "MANDATORY_CLAUSES");
    }

    @Test
    void a_summer_internship_in_france_with_its_minimum_schedule() {
        // July and August 2026, 35 h a week: 154 h + 147 h = 301 h, under 308 h alone...
        RulesReport alone = run(check(fullTime("2026-07-01", "2026-08-31")).hourly(450));

        assertThat(alone.presence()).isEqualTo(hours(301));
        assertThat(severity(alone, "GRATIFICATION")).isEqualTo(Severity.INFO);
        assertThat(alone.gratificationSchedule()).isEmpty();

        // ...but over it with 10 h already spent at the host this academic year: due from the first hour.
        RulesReport withEarlier = run(check(fullTime("2026-07-01", "2026-08-31")).hourly(450)
                .withHostBefore(2025, hours(10)));

        var mandatory = withEarlier.finding("GRATIFICATION").orElseThrow().message();
        assertThat(mandatory.key()).isEqualTo("finding.gratification.mandatory");
        assertThat(mandatory.arguments().subList(0, 3))
                .as("the 10 h spent under another agreement, maybe another school's, show only in the verdict")
                .containsExactly(Duration.ofHours(301), Duration.ofHours(308), 2);
        assertThat(withEarlier.gratificationSchedule()).containsExactly(
                new MonthlyGratification(YearMonth.of(2026, 7), 154 * 60, euroCents(450), euroCents(69300)),
                new MonthlyGratification(YearMonth.of(2026, 8), 147 * 60, euroCents(450), euroCents(66150)));
        assertThat(withEarlier.blocking()).isFalse();
    }

    @Test
    void a_month_of_22_working_days_at_the_2025_rate() {
        // July 2025: 23 weekdays, Monday 14 July off: 154 h at 4,35 € = 669,90 €.
        RulesReport report = run(check(fullTime("2025-07-01", "2025-07-31")).monthly(66990)
                .withHostBefore(2024, hours(200)));

        assertThat(report.gratificationSchedule()).containsExactly(
                new MonthlyGratification(YearMonth.of(2025, 7), 154 * 60, euroCents(435), euroCents(66990)));
        assertThat(report.blocking()).isFalse();
    }

    @ParameterizedTest(name = "{0} to {1}, extra {2} min: mandatory {3}")
    @CsvSource({
            // 1 September to 30 October 2026: 44 days of 7 h, exactly 308 h: not mandatory.
            "2026-09-01, 2026-10-30, 0, false, 0",
            // One minute more, stayed late on the last day: mandatory, and no amount stated.
            "2026-09-01, 2026-10-30, 1, true,  2",
            "2026-09-01, 2026-11-02, 0, true,  3",
    })
    void the_two_month_boundary_from_the_schedule(String start, String end, int extraMinutes, boolean mandatory,
                                                  int scheduledMonths) {
        AgreementTestData.PeriodBuilder period = fullTime(start, end);
        if (extraMinutes > 0) {
            period.extra("2026-10-30", extraMinutes);
        }

        RulesReport report = run(check(period));

        assertThat(severity(report, "GRATIFICATION")).isEqualTo(mandatory ? Severity.BLOCKING : Severity.INFO);
        assertThat(report.gratificationSchedule()).hasSize(scheduledMonths);
    }

    @ParameterizedTest(name = "{0} to {1} after {2} h: {3}")
    @CsvSource({
            // 5 January to 15 July 2026: 132 days, exactly 924 h.
            "2026-01-05, 2026-07-15, 0,   INFO",
            // One more day: 931 h.
            "2026-01-05, 2026-07-16, 0,   BLOCKING",
            // 924 h with the earlier agreements of the same academic year.
            "2026-03-02, 2026-03-27, 784, INFO",
            "2026-03-02, 2026-03-27, 785, BLOCKING",
    })
    void six_months_of_presence_are_allowed_not_more(String start, String end, long earlierHours, Severity severity) {
        RulesReport report = run(check(fullTime(start, end)).withHostBefore(2025, hours(earlierHours)).hourly(450));

        assertThat(severity(report, "MAX_DURATION")).isEqualTo(severity);
        assertThat(report.blocking()).isEqualTo(severity == Severity.BLOCKING);
    }

    @Test
    void a_period_across_31_august_is_capped_in_each_academic_year() {
        // 17 August to 11 September 2026: 77 h in 2025-2026, 63 h in 2026-2027.
        var summer = fullTime("2026-08-17", "2026-09-11");

        RulesReport pastCapInFirstYear = run(check(summer).withHostBefore(2025, hours(850)).hourly(450));
        RulesReport underCapInSecondYear = run(check(fullTime("2026-08-17", "2026-09-11"))
                .withHostBefore(2026, hours(850)).hourly(450));

        assertThat(pastCapInFirstYear.finding("MAX_DURATION").orElseThrow().message().arguments().get(0))
                .isEqualTo("2025-2026");
        assertThat(severity(pastCapInFirstYear, "MAX_DURATION")).isEqualTo(Severity.BLOCKING);
        assertThat(severity(underCapInSecondYear, "MAX_DURATION")).isEqualTo(Severity.INFO);
        assertThat(underCapInSecondYear.finding("MAX_DURATION").orElseThrow().figure("presenceMinutes"))
                .as("this agreement's presence in 2026-2027, not the total with the others").isEqualTo(63 * 60);
    }

    @Test
    void part_time_three_days_a_week_over_a_school_year() {
        // Mondays, Tuesdays and Thursdays from 7 September 2026 to 28 May 2027.
        WeeklySchedule threeDays = WeeklySchedule.regular(WeekPattern.days(420, MONDAY, TUESDAY, THURSDAY));
        AgreementRulesEngine engine = new AgreementRulesEngine(PublicHolidays.france(),
                GratificationRates.fromHourlyCeilings(Map.of(2026, 3_000L, 2027, 3_000L)));

        RulesReport report = engine.check(check(period("2026-09-07", "2027-05-28", threeDays)).hourly(450).build());

        // 38 weeks of 21 h = 798 h, less Easter Monday 29 March, Ascension 6 May and Whit Monday 17 May 2027 (the
        // other holidays fall on days off): 777 h.
        assertThat(report.presence()).isEqualTo(hours(777));
        assertThat(report.blocking()).isFalse();
        assertThat(report.gratificationSchedule()).hasSize(9);
    }

    @Test
    void an_internship_in_germany_with_supplied_holidays() {
        AgreementRulesEngine engine = new AgreementRulesEngine(
                PublicHolidays.france().or(new HolidayCalendar(Map.of("DE", List.of(date("2025-10-03"))))),
                GratificationRates.LEGAL_MINIMUM);

        RulesReport report = engine.check(check(fullTime("2025-09-29", "2025-10-10").in("DE")).build());

        assertThat(report.presence()).isEqualTo(hours(63));
        assertThat(report.finding("HOLIDAY_DATA")).isEmpty();
        assertThat(report.blocking()).isFalse();
    }

    @Test
    void an_internship_in_a_country_without_holiday_data_is_counted_and_reported_never_blocked() {
        RulesReport report = run(check(fullTime("2025-09-29", "2025-10-10").in("DE")));

        assertThat(report.presence()).isEqualTo(hours(70));
        RuleFinding warning = report.finding("HOLIDAY_DATA").orElseThrow();
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(french(warning.message())).isEqualTo("Jours fériés inconnus pour le pays DE en 2025 : aucun n'a "
                + "été déduit de la présence, à vérifier.");
        assertThat(english(warning.message())).isEqualTo("Public holidays unknown for country DE in 2025: none was "
                + "taken off the presence, to be checked.");
        assertThat(report.findings().get(0)).isEqualTo(warning);
        assertThat(report.blocking()).isFalse();
    }

    @Test
    void an_agreement_breaking_every_rule_reports_every_breach() {
        RulesReport report = run(check(fullTime("2026-03-02", "2026-05-29"))
                .withHostBefore(2025, hours(900))
                .hourly(400)
                .tutorAlsoFollows(range("2026-01-05", "2026-06-30"), range("2026-01-05", "2026-06-30"),
                        range("2026-03-02", "2026-04-30"))
                .host(12, range("2026-01-05", "2026-06-30"), range("2026-01-05", "2026-06-30"),
                        range("2026-03-02", "2026-04-30"))
                .previousOnPost(range("2025-09-01", "2026-02-27"), false)
                .programTeaches(199));

        assertThat(report.blocking()).isTrue();
        assertThat(report.findings()).filteredOn(RuleFinding::blocking).extracting(RuleFinding::ruleId)
                .containsExactly("MAX_DURATION", "GRATIFICATION", "TUTOR_LOAD", "HOST_QUOTA", "WAITING_PERIOD",
                        "TEACHING_VOLUME");
    }

    @Test
    void leave_counts_for_the_duration_and_not_for_the_gratification() {
        RulesReport report = run(check(fullTime("2026-07-01", "2026-07-31")
                .absent("2026-07-31", 420, ScheduleException.AbsenceKind.LEAVE))
                .withHostBefore(2025, hours(200)).hourly(450));

        assertThat(report.presence()).isEqualTo(hours(154));
        assertThat(report.gratificationSchedule()).containsExactly(
                new MonthlyGratification(YearMonth.of(2026, 7), 147 * 60, euroCents(450), euroCents(66150)));
    }
}
