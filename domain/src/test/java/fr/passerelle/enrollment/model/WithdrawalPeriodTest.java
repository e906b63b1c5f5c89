package fr.passerelle.enrollment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The withdrawal period's end by kind of contract and funding: 14 calendar days for an individual (run to the next
 * working day when the 14th is a Saturday, a Sunday or a public holiday), the training account's 11 working days
 * (weekends and French public holidays skipped) when it funds the training and ends later, and none (null: no
 * withdrawal right) for a company.
 */
class WithdrawalPeriodTest {

    @ParameterizedTest(name = "{0} signed {1}, training account {2}: ends {3}")
    @CsvSource({
            // An individual: 14 calendar days, to the next working day when the 14th is not one (L221-19).
            "INDIVIDUAL, 2026-06-05, false, 2026-06-19",
            // Saturday 20 June: Monday 22.
            "INDIVIDUAL, 2026-06-06, false, 2026-06-22",
            // Sunday 21 June: Monday 22.
            "INDIVIDUAL, 2026-06-07, false, 2026-06-22",
            // New Year's Day 2027 (a Friday): Monday 4 January.
            "INDIVIDUAL, 2026-12-18, false, 2027-01-04",
            // Ascension Day 2026 (Thursday 14 May): Friday 15.
            "INDIVIDUAL, 2026-04-30, false, 2026-05-15",
            // The training account: 11 working days, later than 14 calendar days.
            "INDIVIDUAL, 2026-06-06, true, 2026-06-22",
            // Christmas and New Year's Day skipped.
            "INDIVIDUAL, 2026-12-18, true, 2027-01-06",
            // Easter Monday 2027 (29 March) skipped.
            "INDIVIDUAL, 2027-03-25, true, 2027-04-12",
            // 1 May, 8 May and Ascension Day (14 May 2026) skipped.
            "INDIVIDUAL, 2026-04-30, true, 2026-05-20",
            // A company: none, unless the holder's training account funds it.
            "COMPANY, 2026-06-06, false,",
            "COMPANY, 2026-12-24, false,",
            "COMPANY, 2026-12-18, true, 2027-01-06"
    })
    void endsOn(ContractKind kind, LocalDate signedOn, boolean trainingAccount, LocalDate expected) {
        Set<FundingSource> sources = trainingAccount
                ? Set.of(FundingSource.TRAINING_ACCOUNT, FundingSource.LEARNER) : Set.of(FundingSource.LEARNER);

        assertThat(WithdrawalPeriod.endsOn(kind, sources, signedOn)).isEqualTo(expected);
    }
}
