package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static fr.passerelle.agreement.rules.AgreementTestData.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures of a dry run, from the law's numbers: 7 hours make a day and 22 days a month (D124-6), the gratification
 * is mandatory above 308 h (L124-6, "à partir de la 309e heure"), and 924 h is the cap per host and academic year
 * (L124-5). The periods avoid French public holidays unless said otherwise: 4 January to 5 March 2027 has none.
 */
class DraftFiguresTest {

    private static DraftFigures figures(AgreementTestData.PeriodBuilder period) {
        return DraftFigures.of(period.build(), PublicHolidays.france(), Map.of());
    }

    @Test
    void presence_is_told_in_hours_days_and_months_with_their_remainders() {
        // 23 working days (20 in January from the 4th, 3 in February) and half an hour more: 1 month, 1 day, 30 min.
        var figures = figures(fullTime("2027-01-04", "2027-02-03").extra("2027-02-03", 30));

        assertThat(figures.presence().totalMinutes()).isEqualTo(23 * 420 + 30);
        assertThat(figures.presence().months()).isEqualTo(1);
        assertThat(figures.presence().daysBeyondMonths()).isEqualTo(1);
        assertThat(figures.presence().days()).isEqualTo(23);
        assertThat(figures.presence().minutesBeyondDays()).isEqualTo(30);
    }

    @Test
    void the_threshold_is_308_hours_that_is_44_days() {
        assertThat(DraftFigures.gratificationThreshold()).isEqualTo(hours(308));
        assertThat(DraftFigures.gratificationThreshold().days()).isEqualTo(44);
        assertThat(DraftFigures.gratificationThreshold().minutesBeyondDays()).isZero();
    }

    @Test
    void the_threshold_is_crossed_on_the_day_of_the_309th_hour() {
        // Full time, 7 h a day: days 1 to 44 make 308 h (4 January to 4 March); the 45th, 5 March, goes over.
        assertThat(figures(fullTime("2027-01-04", "2027-03-31")).gratificationThresholdDay())
                .isEqualTo(date("2027-03-05"));
    }

    @Test
    void exactly_308_hours_never_crosses_the_threshold_and_one_minute_more_does() {
        assertThat(figures(fullTime("2027-01-04", "2027-03-04")).gratificationThresholdDay()).isNull();
        assertThat(figures(fullTime("2027-01-04", "2027-03-04").extra("2027-03-04", 1)).gratificationThresholdDay())
                .isEqualTo(date("2027-03-04"));
    }

    @Test
    void a_day_off_pushes_the_crossing_one_working_day_later() {
        assertThat(figures(fullTime("2027-01-04", "2027-03-31")
                .absent("2027-01-05", 420, ScheduleException.AbsenceKind.OTHER)).gratificationThresholdDay())
                .isEqualTo(date("2027-03-08"));
    }

    /**
     * Across 31 August, each academic year is told apart: August 2027 (22 working days, 154 h) falls in 2026-2027,
     * where 900 h with the same host already count; September 2027 (22 working days) in 2027-2028. The internship alone
     * makes exactly 308 h: not mandatory by itself, but with the earlier presence of 2026-2027 it is.
     */
    @Test
    void each_academic_year_tells_its_share_of_the_cap_and_the_verdicts_with_the_other_agreements() {
        var figures = DraftFigures.of(fullTime("2027-08-02", "2027-09-30").build(), PublicHolidays.france(),
                Map.of(new AcademicYear(2026), hours(900)));

        assertThat(figures.presence()).isEqualTo(hours(308));
        assertThat(figures.gratificationThresholdDay()).isNull();
        assertThat(figures.years()).extracting(DraftFigures.Year::year, DraftFigures.Year::presence,
                        DraftFigures.Year::cap, DraftFigures.Year::overCap,
                        DraftFigures.Year::gratificationMandatory)
                .containsExactly(
                        tuple(new AcademicYear(2026), hours(154), hours(924), true, true),
                        tuple(new AcademicYear(2027), hours(154), hours(924), false, false));
    }

    @Test
    void the_cap_is_924_hours_inclusive() {
        var atTheCap = DraftFigures.of(fullTime("2027-01-04", "2027-01-08").build(), PublicHolidays.france(),
                Map.of(new AcademicYear(2026), hours(924 - 35)));
        var overIt = DraftFigures.of(fullTime("2027-01-04", "2027-01-08").extra("2027-01-08", 1).build(),
                PublicHolidays.france(), Map.of(new AcademicYear(2026), hours(924 - 35)));

        assertThat(atTheCap.years()).singleElement().extracting(DraftFigures.Year::overCap).isEqualTo(false);
        assertThat(overIt.years()).singleElement().extracting(DraftFigures.Year::overCap).isEqualTo(true);
    }
}
