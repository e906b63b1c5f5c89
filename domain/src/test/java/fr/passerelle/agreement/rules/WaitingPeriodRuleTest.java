package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.range;
import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitingPeriodRuleTest {

    @Test
    void the_wait_is_a_third_of_the_previous_internship() {
        assertThat(WaitingPeriodRule.WAIT_DIVISOR).isEqualTo(3);
    }

    @ParameterizedTest(name = "previous {0} to {1}, new from {2}: {3} days, {4} days' wait, {5}")
    @CsvSource({
            // 90 days (1 January to 31 March 2026): 30 days' wait, 1 to 30 April; start from 1 May.
            "2026-01-01, 2026-03-31, 2026-05-01, 90,  30, INFO",
            "2026-01-01, 2026-03-31, 2026-04-30, 90,  30, BLOCKING",
            // 91 days: a third is 30.33 days, rounded up to 31, 2 April to 2 May; start from 3 May.
            "2026-01-01, 2026-04-01, 2026-05-03, 91,  31, INFO",
            "2026-01-01, 2026-04-01, 2026-05-02, 91,  31, BLOCKING",
            // About six months (177 days): 59 days' wait, start from 29 August.
            "2026-01-05, 2026-06-30, 2026-08-29, 177, 59, INFO",
            "2026-01-05, 2026-06-30, 2026-08-28, 177, 59, BLOCKING",
            // A one-day internship still imposes a day.
            "2026-03-10, 2026-03-10, 2026-03-12, 1,   1,  INFO",
            "2026-03-10, 2026-03-10, 2026-03-11, 1,   1,  BLOCKING",
            // An internship still in progress on the post.
            "2026-01-05, 2026-06-30, 2026-06-01, 177, 59, BLOCKING",
    })
    void a_new_intern_on_the_post_starts_after_the_wait(String previousStart, String previousEnd, String newStart,
                                                        long previousDays, long waitingDays, Severity severity) {
        RuleFinding finding = WaitingPeriodRule.check(range(newStart, "2026-12-31"),
                new PreviousInternship(range(previousStart, previousEnd), PreviousInternship.Ending.AT_TERM));

        assertThat(finding.ruleId()).isEqualTo("WAITING_PERIOD");
        assertThat(french(finding.article())).isEqualTo("Code de l'éducation, art. L124-11");
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.figure("previousDays")).isEqualTo(previousDays);
        assertThat(finding.figure("waitingDays")).isEqualTo(waitingDays);
    }

    @Test
    void the_message_gives_the_earliest_start_in_each_readers_language() {
        Message message = WaitingPeriodRule.check(range("2026-04-30", "2026-06-30"),
                new PreviousInternship(range("2026-01-01", "2026-03-31"), PreviousInternship.Ending.AT_TERM)).message();

        assertThat(french(message)).isEqualTo("Délai de carence non respecté : le stage précédent sur ce poste "
                + "(90 jours) impose 30 jours de carence, soit un début au plus tôt le 01/05/2026.");
        assertThat(english(message)).isEqualTo("Waiting period not respected: the previous internship on this post "
                + "(90 days) requires 30 days of waiting, so a start on 2026-05-01 at the earliest.");
    }

    @Test
    void a_one_day_internship_imposes_one_day() {
        assertThat(english(WaitingPeriodRule.check(range("2026-01-03", "2026-01-31"),
                new PreviousInternship(range("2026-01-01", "2026-01-01"), PreviousInternship.Ending.AT_TERM)).message()))
                .isEqualTo("Waiting period respected: the previous internship on this post (1 day) requires 1 day of "
                        + "waiting, so a start on 2026-01-03 at the earliest.");
    }

    @Test
    void no_wait_after_an_internship_the_intern_interrupted() {
        DateRange previous = range("2026-01-05", "2026-06-30");

        RuleFinding finding = WaitingPeriodRule.check(range("2026-07-01", "2026-08-31"),
                new PreviousInternship(previous, PreviousInternship.Ending.INTERRUPTED_BY_INTERN));

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo(Message.of("finding.waiting-period.interrupted"));
    }

    @Test
    void an_unknown_previous_internship_is_not_checked_and_never_blocks() {
        RuleFinding finding = WaitingPeriodRule.check(range("2026-07-01", "2026-08-31"), null);

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo(Message.of("finding.waiting-period.unknown"));
    }

    @ParameterizedTest(name = "previous {0} to {1}, new from {2}: {3}")
    @CsvSource({
            // service-public.fr's figure: six months (1 January to 30 June 2026, 181 days) impose two months
            // (61 days, a third rounded up): 1 July to 30 August; the next intern starts from 31 August.
            "2026-01-01, 2026-06-30, 2026-08-31, INFO",
            "2026-01-01, 2026-06-30, 2026-08-30, BLOCKING",
    })
    void six_months_impose_two_months(String previousStart, String previousEnd, String newStart, Severity severity) {
        RuleFinding finding = WaitingPeriodRule.check(range(newStart, "2026-12-31"),
                new PreviousInternship(range(previousStart, previousEnd), PreviousInternship.Ending.AT_TERM));

        assertThat(finding.figure("waitingDays")).isEqualTo(61);
        assertThat(finding.severity()).isEqualTo(severity);
    }

    @Test
    void an_interruption_by_someone_unrecorded_warns_instead_of_blocking() {
        RuleFinding finding = WaitingPeriodRule.check(range("2026-07-01", "2026-08-31"),
                new PreviousInternship(range("2026-01-05", "2026-06-30"), PreviousInternship.Ending.INTERRUPTED));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(english(finding.message())).startsWith("The previous internship on this post (177 days) was "
                + "ended before its term: if the intern ended it, no waiting period applies");
    }

    @Test
    void an_interruption_long_past_needs_no_check() {
        RuleFinding finding = WaitingPeriodRule.check(range("2026-10-01", "2026-10-31"),
                new PreviousInternship(range("2026-01-05", "2026-06-30"), PreviousInternship.Ending.INTERRUPTED));

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
    }
}
