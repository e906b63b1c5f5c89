package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicYearTest {

    @Test
    void academic_years_start_in_september() {
        assertThat(AcademicYear.FIRST_MONTH).isEqualTo(Month.SEPTEMBER);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2025-09-01, 2025",
            "2025-12-31, 2025",
            "2026-01-01, 2025",
            "2026-08-31, 2025",
            "2026-09-01, 2026",
            "2024-02-29, 2023",
    })
    void a_day_belongs_to_the_academic_year_started_on_the_last_first_of_september(LocalDate day, int startYear) {
        assertThat(AcademicYear.of(day)).isEqualTo(new AcademicYear(startYear));
    }

    @Test
    void it_runs_from_1_september_to_31_august_and_reads_as_schools_write_it() {
        AcademicYear year = new AcademicYear(2025);

        assertThat(year.firstDay()).isEqualTo(date("2025-09-01"));
        assertThat(year.lastDay()).isEqualTo(date("2026-08-31"));
        assertThat(year).hasToString("2025-2026");
    }

    @Test
    void academic_years_sort_chronologically() {
        assertThat(new AcademicYear(2025)).isLessThan(new AcademicYear(2026));
    }
}
