package fr.passerelle.agreement.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D124-6: every 7 hours of presence are a day, every 22 days a month; only completed blocks count. */
class PresenceTest {

    @Test
    void the_law_s_units_are_7_hours_22_days_and_154_hours() {
        assertThat(Presence.MINUTES_PER_DAY).isEqualTo(7 * 60);
        assertThat(Presence.DAYS_PER_MONTH).isEqualTo(22);
        assertThat(Presence.MINUTES_PER_MONTH).isEqualTo(154 * 60);
    }

    @ParameterizedTest(name = "{0} min = {1} days + {3} min = {2} months + {4} days")
    @CsvSource({
            "0,     0,   0, 0,   0",
            "1,     0,   0, 1,   0",
            "419,   0,   0, 419, 0",
            // One day: 7 hours, consecutive or not.
            "420,   1,   0, 0,   1",
            "421,   1,   0, 1,   1",
            "839,   1,   0, 419, 1",
            // 3 days of 7 h a week for 4 weeks: 84 h, 12 days.
            "5040,  12,  0, 0,   12",
            "9239,  21,  0, 419, 21",
            // 7 h × 22 days = 154 h = 1 month.
            "9240,  22,  1, 0,   0",
            "9660,  23,  1, 0,   1",
            // 2 months = 308 h; one minute more is still 44 completed days.
            "18480, 44,  2, 0,   0",
            "18481, 44,  2, 1,   0",
            "18900, 45,  2, 0,   1",
            // 6 months = 924 h.
            "55440, 132, 6, 0,   0",
            "55860, 133, 6, 0,   1",
            "64680, 154, 7, 0,   0",
    })
    void completed_days_and_months_are_counted_with_their_remainders(long minutes, long days, long months,
                                                                     long minutesBeyondDays, long daysBeyondMonths) {
        Presence presence = new Presence(minutes);

        assertThat(presence.days()).isEqualTo(days);
        assertThat(presence.months()).isEqualTo(months);
        assertThat(presence.minutesBeyondDays()).isEqualTo(minutesBeyondDays);
        assertThat(presence.daysBeyondMonths()).isEqualTo(daysBeyondMonths);
    }

    @ParameterizedTest(name = "{0} months = {1} h")
    @CsvSource({"1, 154", "2, 308", "6, 924"})
    void months_and_hours_convert_both_ways(int months, long hours) {
        assertThat(Presence.ofMonths(months)).isEqualTo(Presence.ofHours(hours));
        assertThat(Presence.ofHours(hours).months()).isEqualTo(months);
    }

    @ParameterizedTest(name = "{0} min > {1} min: {2}")
    @CsvSource({
            "18480, 18480, false",
            "18481, 18480, true",
            "18479, 18480, false",
            "55440, 55440, false",
            "55441, 55440, true",
    })
    void exceeding_is_strict_and_to_the_minute(long minutes, long limit, boolean exceeds) {
        assertThat(new Presence(minutes).exceeds(new Presence(limit))).isEqualTo(exceeds);
    }

    @Test
    void presences_add_up() {
        assertThat(Presence.ofHours(300).plus(new Presence(30))).isEqualTo(new Presence(300 * 60 + 30));
        assertThat(Presence.NONE.plus(Presence.NONE)).isEqualTo(Presence.NONE);
    }

    @Test
    void presence_is_never_negative() {
        assertThatThrownBy(() -> new Presence(-1)).isInstanceOf(BusinessRuleViolation.class);
    }
}
