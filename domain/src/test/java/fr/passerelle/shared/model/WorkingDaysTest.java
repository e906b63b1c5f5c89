package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-12-07, 3, 2026-12-10",   // Monday to Thursday
            "2026-12-10, 3, 2026-12-15",   // Thursday: the weekend does not count
            "2026-12-23, 3, 2026-12-29",   // Christmas Day is a public holiday
            "2027-03-26, 1, 2027-03-30",   // Friday before Easter Monday (29 March 2027)
            "2026-05-07, 1, 2026-05-11",   // Thursday before 8 May (Friday), then the weekend
            "2026-12-07, 0, 2026-12-07"})
    void counts_weekdays_that_are_not_french_public_holidays(LocalDate start, int days, LocalDate expected) {
        assertThat(WorkingDays.after(start, days)).isEqualTo(expected);
    }
}
