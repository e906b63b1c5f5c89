package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.check;
import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A gratification below the French minimum blocks in France and is only a warning abroad, the finding saying the
 * question is unsettled (L124-6, D124-8: 4,50 € an hour in 2026, from the 309th hour).
 */
class AbroadGratificationTest {

    private static final AgreementRulesEngine ENGINE = AgreementRulesEngine.withLegalDefaults();

    @Test
    void below_the_minimum_blocks_in_france_and_warns_abroad_saying_it_is_unsettled() {
        // March to May 2026 full time: 433 h, over 308 h, at 4,00 € an hour against 4,50 €.
        RuleFinding french = gratification(fullTime("2026-03-02", "2026-05-29"));
        RuleFinding german = gratification(fullTime("2026-03-02", "2026-05-29").in("DE"));

        assertThat(french.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(german.severity()).isEqualTo(Severity.WARNING);
        assertThat(german.article()).isEqualTo(french.article());
        assertThat(german.message().key()).isEqualTo("finding.gratification.abroad-unsettled");
        assertThat(german.message().arguments()).first().isEqualTo("DE");
        Message reasoning = (Message) german.message().arguments().get(1);
        assertThat(reasoning.key()).as("the French reasoning, kept").isEqualTo("finding.gratification.mandatory");
        assertThat(reasoning.arguments()).last().isEqualTo(Message.of("finding.gratification.hourly-below",
                AgreementTestData.euroCents(400), AgreementTestData.euroCents(450)));
        assertThat(german.figure("hourlyMinimumCents")).isEqualTo(450);
    }

    @Test
    void a_gratification_that_reaches_the_minimum_abroad_is_said_so_as_in_france() {
        RuleFinding finding = AbroadGratification.qualify(new RuleFinding("GRATIFICATION",
                Message.of("finding.article.gratification"), Severity.INFO, Message.of("x"), List.of()), "DE");

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo(Message.of("x"));
    }

    private static RuleFinding gratification(AgreementTestData.PeriodBuilder period) {
        return ENGINE.check(check(period).hourly(400).build()).finding("GRATIFICATION").orElseThrow();
    }
}
