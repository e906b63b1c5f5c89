package fr.passerelle.agreement.rules;

import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Message;
import java.time.Duration;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaxDurationRuleTest {

    private static SortedMap<AcademicYear, Presence> years(long... minutesFrom2025) {
        SortedMap<AcademicYear, Presence> years = new TreeMap<>();
        for (int i = 0; i < minutesFrom2025.length; i++) {
            years.put(new AcademicYear(2025 + i), new Presence(minutesFrom2025[i]));
        }
        return years;
    }

    @Test
    void the_cap_is_six_months_that_is_924_hours() {
        assertThat(MaxDurationRule.MAX_MONTHS).isEqualTo(6);
        assertThat(MaxDurationRule.LIMIT).isEqualTo(Presence.ofHours(924));
    }

    @ParameterizedTest(name = "{0} min: {1}")
    @CsvSource({
            "0,     INFO",
            "420,   INFO",
            "18480, INFO",
            "55439, INFO",
            // 924 h exactly is allowed.
            "55440, INFO",
            // One minute more is over.
            "55441, BLOCKING",
            // 924 h + one day of 7 h.
            "55860, BLOCKING",
    })
    void over_924_hours_in_an_academic_year_blocks(long minutes, Severity severity) {
        RuleFinding finding = MaxDurationRule.check(years(minutes), years(minutes));

        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.ruleId()).isEqualTo("MAX_DURATION");
        assertThat(french(finding.article())).isEqualTo("Code de l'éducation, art. L124-5 et D124-6");
        assertThat(finding.figure("presenceMinutes")).isEqualTo(minutes);
        assertThat(finding.figure("limitMinutes")).isEqualTo(55440);
    }

    @Test
    void the_message_names_the_year_this_agreements_presence_and_the_limit() {
        Message over = MaxDurationRule.check(years(55860), years(55860)).message();

        assertThat(over).isEqualTo(Message.of("finding.max-duration.over", "2025-2026", Duration.ofHours(924), 6,
                Duration.ofHours(931)));
        assertThat(french(over)).isEqualTo("En 2025-2026, la présence du stagiaire dans cet organisme d'accueil, ses "
                + "éventuels autres stages compris, dépasserait le maximum de 924 h (6 mois) par année d'enseignement "
                + "(931 h prévues par cette convention).");
        assertThat(english(MaxDurationRule.check(years(18030), years(18030)).message())).isEqualTo("In 2025-2026, "
                + "the intern's presence with this host, any other internships included, would stay within the "
                + "maximum of 924 h (6 months) per academic year (300 h 30 min planned by this agreement).");
        assertThat(french(MaxDurationRule.check(years(18030), years(18030)).message())).endsWith("(300 h 30 prévues "
                + "par cette convention).");
    }

    /**
     * The intern's other agreements with the host may be another school's: whatever they add, the finding gives this
     * agreement's presence and the verdict, never the total nor the others' share.
     */
    @ParameterizedTest(name = "others add {0} min")
    @CsvSource({"0, INFO", "6000, INFO", "37410, INFO", "37411, BLOCKING", "40000, BLOCKING"})
    void the_others_presence_shows_only_in_the_verdict(long others, Severity severity) {
        RuleFinding finding = MaxDurationRule.check(years(18030), years(18030 + others));

        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.figure("presenceMinutes")).isEqualTo(18030);
        assertThat(finding).isEqualTo(MaxDurationRule.check(years(18030),
                years(severity == Severity.BLOCKING ? 60000 : 18030)));
    }

    @ParameterizedTest(name = "{0} + {1} min: {2} in {3}")
    @CsvSource({
            // Two years each under the cap, together over it: allowed, the years are apart.
            "50000, 50000, INFO,     2025",
            // The second year over: blocks and names it.
            "100,   55441, BLOCKING, 2026",
            // Both over: the first one is reported.
            "55441, 60000, BLOCKING, 2025",
            // Neither over: the busier year is reported.
            "1000,  2000,  INFO,     2026",
            // A tie: the earlier year.
            "2000,  2000,  INFO,     2025",
    })
    void each_academic_year_is_capped_on_its_own(long first, long second, Severity severity, int reportedYear) {
        RuleFinding finding = MaxDurationRule.check(years(first, second), years(first, second));

        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.message().arguments().get(0)).isEqualTo(new AcademicYear(reportedYear).toString());
    }
}
