package fr.passerelle.agreement.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D124-2: "deux cents heures au minimum par année d'enseignement". */
class TeachingVolumeRuleTest {

    @ParameterizedTest(name = "{0} h a year: {1}")
    @CsvSource({
            "0,    BLOCKING",
            "199,  BLOCKING",
            "200,  INFO",
            "201,  INFO",
            "1607, INFO",
    })
    void a_program_below_two_hundred_hours_a_year_allows_no_internship(int hours, Severity expected) {
        RuleFinding finding = TeachingVolumeRule.check(hours);

        assertThat(finding.ruleId()).isEqualTo("TEACHING_VOLUME");
        assertThat(finding.article()).isEqualTo(Message.of("finding.article.teaching-volume"));
        assertThat(finding.severity()).isEqualTo(expected);
        assertThat(finding.figure("teachingMinutesPerYear")).isEqualTo(hours * 60L);
        assertThat(finding.figure("minimumMinutesPerYear")).isEqualTo(200 * 60L);
    }

    @Test
    void hours_not_recorded_are_a_warning_never_a_refusal() {
        RuleFinding finding = TeachingVolumeRule.check(null);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo(Message.of("finding.teaching-volume.unknown", 200));
        assertThat(finding.figures()).isEmpty();
    }
}
