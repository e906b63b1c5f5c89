package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static fr.passerelle.agreement.rules.AgreementTestData.range;
import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.DateRange;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The new internship runs from Monday 2 March to Friday 29 May 2026. */
class TutorLoadRuleTest {

    private static final DateRange SPRING = range("2026-03-02", "2026-05-29");

    @Test
    void a_tutor_follows_at_most_three_interns() {
        assertThat(TutorLoadRule.MAX_INTERNS_PER_TUTOR).isEqualTo(3);
    }

    static Stream<Arguments> tutorLoads() {
        return Stream.of(
                Arguments.of("no other intern", 1, ranges()),
                Arguments.of("two others all along", 3,
                        ranges("2026-01-05", "2026-06-30", "2026-02-02", "2026-07-31")),
                Arguments.of("three others all along: the fourth is refused", 4,
                        ranges("2026-01-05", "2026-06-30", "2026-02-02", "2026-07-31", "2026-03-02", "2026-03-02")),
                Arguments.of("three others one after the other", 2,
                        ranges("2026-02-02", "2026-03-31", "2026-04-01", "2026-04-30", "2026-05-01", "2026-06-30")),
                Arguments.of("three others, never more than two of them at once", 3,
                        ranges("2026-02-01", "2026-03-10", "2026-03-05", "2026-04-10", "2026-03-15", "2026-06-30")),
                Arguments.of("a fourth short one makes four on its first day", 4,
                        ranges("2026-02-01", "2026-03-10", "2026-03-05", "2026-04-10", "2026-03-15", "2026-06-30",
                                "2026-03-08", "2026-03-20")),
                Arguments.of("a later start makes the fourth", 4,
                        ranges("2026-01-05", "2026-06-30", "2026-02-02", "2026-07-31", "2026-05-04", "2026-08-28")),
                Arguments.of("four at once before this internship do not count", 1,
                        ranges("2026-01-05", "2026-02-27", "2026-01-05", "2026-02-27", "2026-01-05", "2026-02-27",
                                "2026-01-05", "2026-03-01")),
                Arguments.of("one ending the day before and one starting the day after", 1,
                        ranges("2026-01-05", "2026-03-01", "2026-05-30", "2026-08-28")),
                Arguments.of("one ending on the first day and one starting on the last day", 2,
                        ranges("2026-01-05", "2026-03-02", "2026-05-29", "2026-08-28")),
                Arguments.of("two at once, twice", 2,
                        ranges("2026-05-01", "2026-05-05", "2026-01-05", "2026-03-10")),
                Arguments.of("three at once, whatever the order given", 3,
                        ranges("2026-04-01", "2026-04-10", "2026-03-15", "2026-03-20", "2026-03-10", "2026-04-30")));
    }

    @ParameterizedTest(name = "{0}: {1} at once")
    @MethodSource("tutorLoads")
    void the_most_interns_followed_on_any_day_of_the_internship(String scenario, int peak, List<DateRange> others) {
        assertThat(Concurrency.peak(SPRING, others)).isEqualTo(peak);

        RuleFinding finding = TutorLoadRule.check(SPRING, others);

        assertThat(finding.ruleId()).isEqualTo("TUTOR_LOAD");
        assertThat(french(finding.article())).isEqualTo("Code de l'éducation, art. L124-9 et R124-13");
        assertThat(english(finding.article())).isEqualTo("Code de l'éducation, art. L124-9 and R124-13");
        assertThat(finding.figures()).extracting(RuleFinding.Figure::name).containsExactly("limit");
        assertThat(finding.figure("limit")).isEqualTo(3);
        assertThat(finding.severity()).isEqualTo(peak > 3 ? Severity.BLOCKING : Severity.INFO);
    }

    /**
     * The tutor's other internships are often other schools' agreements: whatever they are, the finding is one of two
     * sentences, so varying this internship's dates tells "in conflict" or not and never another school's count or
     * dates.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tutorLoads")
    void the_finding_tells_only_whether_the_maximum_is_passed(String scenario, int peak, List<DateRange> others) {
        RuleFinding finding = TutorLoadRule.check(SPRING, others);

        assertThat(finding.message()).as("the legal maximum and nothing else").isEqualTo(
                Message.of(peak > 3 ? "finding.tutor-load.over" : "finding.tutor-load.within", 3));
        assertThat(finding).isEqualTo(TutorLoadRule.check(SPRING, peak > 3 ? FOUR_AT_ONCE : List.of()));
    }

    private static final List<DateRange> FOUR_AT_ONCE = ranges("2026-01-05", "2026-06-30", "2026-01-05",
            "2026-06-30", "2026-01-05", "2026-06-30");

    @Test
    void unknown_tutor_data_is_not_checked_and_never_blocks() {
        RuleFinding finding = TutorLoadRule.check(SPRING, null);

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo(Message.of("finding.tutor-load.unknown"));
        assertThat(finding.figures()).isEmpty();
    }

    /** Start and end of each internship in turn. */
    private static List<DateRange> ranges(String... bounds) {
        return IntStream.range(0, bounds.length / 2).mapToObj(i -> range(bounds[2 * i], bounds[2 * i + 1])).toList();
    }
}
