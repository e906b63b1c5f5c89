package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.check;
import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static fr.passerelle.agreement.rules.AgreementTestData.hours;
import static fr.passerelle.testing.Sentences.english;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** L124-13: over two months of presence (308 h, D124-6), the agreement provides for leave and authorised absence. */
class LeaveClauseRuleTest {

    @ParameterizedTest(name = "{0} min of presence, clause stated: {1} -> {2}")
    @CsvSource({
            // 308 h is two months of 22 days of 7 h: not over them.
            "18480, false, INFO",
            // One minute more is over two months (as for the gratification, "à partir de la 309e heure").
            "18481, false, BLOCKING",
            "18481, true, INFO",
            // Six months (924 h) without the clause.
            "55440, false, BLOCKING",
            "0, false, INFO"
    })
    void over_two_months_the_leave_clause_is_required(long minutes, boolean clause, Severity expected) {
        RuleFinding finding = LeaveClauseRule.check(new Presence(minutes), clause);

        assertThat(finding.ruleId()).isEqualTo("LEAVE_CLAUSE");
        assertThat(finding.severity()).isEqualTo(expected);
        assertThat(finding.figure("presenceMinutes")).isEqualTo(minutes);
        assertThat(finding.figure("thresholdMinutes")).isEqualTo(308 * 60);
    }

    @Test
    void the_refusal_names_the_articles_and_the_figures() {
        RuleFinding finding = LeaveClauseRule.check(hours(315), false);

        assertThat(french(finding.article())).isEqualTo("Code de l'éducation, art. L124-13 et D124-4");
        assertThat(english(finding.article())).isEqualTo("Code de l'éducation, art. L124-13 and D124-4");
        assertThat(french(finding.message())).isEqualTo("315 h de présence prévues, plus de 308 h (deux mois) : la "
                + "convention doit prévoir des congés et autorisations d'absence pour le stagiaire.");
    }

    @Test
    void the_engine_refuses_three_months_full_time_without_the_clause() {
        // March to May 2026, 35 h a week: 427 h once Easter Monday, 1 and 8 May, Ascension are off.
        InternshipConditions noLeave = new InternshipConditions(null, false, false, List.of("leaveAndAbsence"));
        RulesReport report = AgreementRulesEngine.withLegalDefaults().check(
                check(fullTime("2026-03-02", "2026-05-29")).hourly(450).conditions(noLeave).build());

        assertThat(report.finding("LEAVE_CLAUSE").orElseThrow().blocking()).isTrue();
        assertThat(report.findings()).filteredOn(RuleFinding::blocking).extracting(RuleFinding::ruleId)
                .containsExactly("LEAVE_CLAUSE");
        // The missing clause is also one of D124-4's, reported as a warning until sending.
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("MANDATORY_CLAUSES"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(english(f.message())).isEqualTo("Mandatory clause not filled in, to complete before "
                            + "sending for signature: leave and authorised absence.");
                });
    }

    @Test
    void one_month_without_the_clause_is_accepted_while_a_draft() {
        InternshipConditions noLeave = new InternshipConditions(null, false, false, List.of("leaveAndAbsence"));
        RulesReport report = AgreementRulesEngine.withLegalDefaults().check(
                check(fullTime("2026-03-02", "2026-03-27")).conditions(noLeave).build());

        assertThat(report.blocking()).isFalse();
    }
}
