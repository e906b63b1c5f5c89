package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.range;
import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.DateRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The new internship runs from Friday 6 March to Friday 27 March 2026. */
class HostQuotaRuleTest {

    private static final DateRange MARCH = range("2026-03-06", "2026-03-27");

    private static RuleFinding check(int workforce, DateRange... others) {
        return HostQuotaRule.check(MARCH, new HostStaffing(workforce, List.of(others)));
    }

    @Test
    void the_caps_of_r124_10() {
        assertThat(HostQuotaRule.LARGE_HOST_MIN_WORKFORCE).isEqualTo(20);
        assertThat(HostQuotaRule.LARGE_HOST_MAX_PERCENT).isEqualTo(15);
        assertThat(HostQuotaRule.SMALL_HOST_MAX_INTERNS).isEqualTo(3);
    }

    @ParameterizedTest(name = "workforce {0}: {1} interns")
    @CsvSource({
            "0,    3",
            "1,    3",
            "19,   3",
            // From 20: 15 % rounded up. 20 × 15 % = 3.
            "20,   3",
            "21,   4",
            "26,   4",
            "27,   5",
            "33,   5",
            "34,   6",
            "100,  15",
            "101,  16",
            "1000, 150",
    })
    void the_cap_is_three_below_20_and_15_percent_rounded_up_from_20(int workforce, int limit) {
        assertThat(HostQuotaRule.limit(workforce)).isEqualTo(limit);
    }

    @Test
    void up_to_the_cap_is_allowed() {
        RuleFinding finding = check(10, range("2026-01-05", "2026-06-30"), range("2026-03-01", "2026-04-30"));

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.ruleId()).isEqualTo("HOST_QUOTA");
        assertThat(french(finding.article())).isEqualTo("Code de l'éducation, art. L124-8 et R124-10");
        assertThat(finding.figures()).extracting(RuleFinding.Figure::name).containsExactly("limit", "workforce");
        assertThat(finding.figure("limit")).isEqualTo(3);
        assertThat(finding.figure("workforce")).isEqualTo(10);
        assertThat(finding.message()).isEqualTo(Message.of("finding.host-quota.within", 3, 10));
    }

    @Test
    void one_over_the_cap_blocks() {
        RuleFinding finding = check(10, range("2026-01-05", "2026-06-30"), range("2026-03-01", "2026-04-30"),
                range("2026-03-16", "2026-03-20"));

        assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(french(finding.message())).isEqualTo("Avec cette convention, le maximum de 3 conventions de stage "
                + "en cours la même semaine pour un effectif de 10 serait dépassé dans l'organisme d'accueil pendant ce "
                + "stage.");
        assertThat(english(finding.message())).isEqualTo("With this agreement, the maximum of 3 internship agreements "
                + "in progress in the same week for a workforce of 10 would be exceeded in the host during this "
                + "internship.");
    }

    /**
     * The host's other internships are mostly other schools' agreements: the finding is the same whichever week they
     * crowd and however many they are, so varying this internship's dates tells "over the cap" or not, nothing more.
     */
    @Test
    void the_finding_names_neither_the_week_nor_how_many_run() {
        DateRange firstWeek = range("2026-03-02", "2026-03-03");
        DateRange lastWeek = range("2026-03-27", "2026-03-27");

        RuleFinding crowdedFirst = check(1, firstWeek, firstWeek, firstWeek);
        RuleFinding crowdedLast = check(1, lastWeek, lastWeek, lastWeek, lastWeek, lastWeek);

        assertThat(crowdedFirst).isEqualTo(crowdedLast);
        assertThat(crowdedFirst.message()).as("the cap and the workforce, nothing else")
                .isEqualTo(Message.of("finding.host-quota.over", 3, 1));
        assertThat(check(1, firstWeek)).isEqualTo(check(1, lastWeek, lastWeek));
    }

    @Test
    void a_larger_host_may_have_more() {
        DateRange spring = range("2026-01-05", "2026-06-30");

        assertThat(check(21, spring, spring, spring).severity()).isEqualTo(Severity.INFO);
        assertThat(check(21, spring, spring, spring, spring).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(check(20, spring, spring, spring).severity()).isEqualTo(Severity.BLOCKING);
    }

    @ParameterizedTest(name = "{0} to {1}: counted {2}")
    @CsvSource({
            // Ends on Monday 2 March, the week this internship starts (Friday 6): same calendar week, counted.
            "2026-02-02, 2026-03-02, true",
            // Ends on Sunday 1 March, the week before: not counted.
            "2026-02-02, 2026-03-01, false",
            // Starts on Monday 30 March, the week after this one ends (Friday 27): not counted.
            "2026-03-30, 2026-04-30, false",
            // Starts on Sunday 29 March, still the week this one ends: counted.
            "2026-03-29, 2026-04-30, true",
    })
    void internships_count_together_when_in_progress_in_the_same_calendar_week(String start, String end,
                                                                               boolean counted) {
        // With this one and two others all along, the one tried is the fourth exactly when it counts.
        assertThat(check(5, range(start, end), MARCH, MARCH).severity())
                .isEqualTo(counted ? Severity.BLOCKING : Severity.INFO);
    }

    @Test
    void unknown_host_data_is_not_checked_and_never_blocks() {
        RuleFinding finding = HostQuotaRule.check(MARCH, null);

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo(Message.of("finding.host-quota.unknown"));
    }

    @Test
    void a_host_whose_agreements_were_not_all_read_is_not_checked_rather_than_counted_short() {
        RuleFinding finding = HostQuotaRule.check(MARCH, new HostStaffing(1, List.of(MARCH, MARCH, MARCH), 0, false));

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo(Message.of("finding.host-quota.not-counted"));
        assertThat(finding.figures()).isEmpty();
    }

    @ParameterizedTest(name = "workforce {0}, {1} interns elsewhere, {2} on the platform: {3}")
    @CsvSource({
            // Below 20, three at once: the declared interns from elsewhere count in every week.
            "19,  2, 0, INFO",
            "19,  2, 1, BLOCKING",
            "19,  3, 0, BLOCKING",
            // 21 employees: 3.15 rounded up, 4.
            "21,  2, 1, INFO",
            "21,  3, 1, BLOCKING",
            // 101 employees: 15.15 rounded up, 16.
            "101, 15, 0, INFO",
            "101, 15, 1, BLOCKING",
    })
    void interns_declared_from_elsewhere_count_in_every_week(int workforce, int elsewhere, int onPlatform,
                                                              Severity severity) {
        List<DateRange> others = java.util.Collections.nCopies(onPlatform, range("2026-03-02", "2026-03-31"));

        RuleFinding finding = HostQuotaRule.check(MARCH, new HostStaffing(workforce, others, elsewhere));

        assertThat(finding.severity()).isEqualTo(severity);
    }

    @Test
    void an_undeclared_workforce_says_who_may_declare_it() {
        assertThat(english(HostQuotaRule.check(MARCH, null).message())).isEqualTo("The host's workforce is not "
                + "declared: the intern quota was not checked. For a company on the platform, one of its recruiters "
                + "or a platform admin can declare its workforce.");
    }
}
