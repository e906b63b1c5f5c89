package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Easter dates checked against published calendars, including the earliest (22 March) and latest (25 April) ones. */
class FrenchPublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "1818, 1818-03-22",
            "1583, 1583-04-10",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2020, 2020-04-12",
            "2021, 2021-04-04",
            "2022, 2022-04-17",
            "2023, 2023-04-09",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2029, 2029-04-01",
            "2030, 2030-04-21",
            "2038, 2038-04-25",
            "2285, 2285-03-22",
    })
    void easter_sunday_follows_the_anonymous_gregorian_algorithm(int year, LocalDate easter) {
        assertThat(FrenchPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0}: Easter Monday {1}, Ascension {2}, Whit Monday {3}")
    @CsvSource({
            "2024, 2024-04-01, 2024-05-09, 2024-05-20",
            "2025, 2025-04-21, 2025-05-29, 2025-06-09",
            "2026, 2026-04-06, 2026-05-14, 2026-05-25",
            "2027, 2027-03-29, 2027-05-06, 2027-05-17",
            "2038, 2038-04-26, 2038-06-03, 2038-06-14",
    })
    void the_movable_holidays_are_dated_from_easter(int year, LocalDate easterMonday, LocalDate ascension,
                                                    LocalDate whitMonday) {
        assertThat(PublicHolidays.france().holidays("FR", year).orElseThrow())
                .contains(easterMonday, ascension, whitMonday);
        assertThat(easterMonday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ascension.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(whitMonday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void france_2026_has_its_eleven_public_holidays_in_date_order() {
        assertThat(PublicHolidays.france().holidays("FR", 2026).orElseThrow()).containsExactly(
                date("2026-01-01"), date("2026-04-06"), date("2026-05-01"), date("2026-05-08"), date("2026-05-14"),
                date("2026-05-25"), date("2026-07-14"), date("2026-08-15"), date("2026-11-01"), date("2026-11-11"),
                date("2026-12-25"));
    }

    @Test
    void france_2025_has_its_eleven_public_holidays() {
        assertThat(PublicHolidays.france().holidays("FR", 2025).orElseThrow()).containsExactly(
                date("2025-01-01"), date("2025-04-21"), date("2025-05-01"), date("2025-05-08"), date("2025-05-29"),
                date("2025-06-09"), date("2025-07-14"), date("2025-08-15"), date("2025-11-01"), date("2025-11-11"),
                date("2025-12-25"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1999, 2024, 2026, 2031, 2100})
    void every_year_has_eleven_holidays_in_that_year(int year) {
        assertThat(PublicHolidays.france().holidays("FR", year).orElseThrow())
                .hasSize(11)
                .allSatisfy(day -> assertThat(day.getYear()).isEqualTo(year));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DE", "BE", "ES", "GB", "RE"})
    void it_has_no_data_for_other_countries_overseas_departments_included(String country) {
        assertThat(PublicHolidays.france().holidays(country, 2026)).isEmpty();
    }

    @Test
    void alsace_moselle_extra_days_are_not_included() {
        assertThat(PublicHolidays.france().holidays("FR", 2026).orElseThrow())
                .doesNotContain(date("2026-04-03"), date("2026-12-26"));
    }
}
