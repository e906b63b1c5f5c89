package fr.passerelle.enrollment.model;

import static fr.passerelle.enrollment.model.FundingSource.EMPLOYER;
import static fr.passerelle.enrollment.model.FundingSource.FRANCE_TRAVAIL_AIF;
import static fr.passerelle.enrollment.model.FundingSource.LEARNER;
import static fr.passerelle.enrollment.model.FundingSource.OPCO;
import static fr.passerelle.enrollment.model.FundingSource.TRAINING_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FundingPlanTest {

    private static final LocalDate IN_2026 = LocalDate.of(2026, 12, 7);
    private static final Money PRICE = Money.euros(1_490);

    private static FundingPlan plan(Set<ParticipationExemption> exemptions) {
        return FundingPlan.create(PRICE, IN_2026, exemptions).orThrow();
    }

    private static FundingLine line(FundingSource source, long cents) {
        return new FundingLine(source, Money.cents(cents), null);
    }

    private static Money sum(FundingPlan plan) {
        return plan.lines().stream().map(FundingLine::amount).reduce(Money.cents(0), Money::plus);
    }

    private static Violation refusal(FundingChange change) {
        assertThat(change).isInstanceOf(FundingChange.Refused.class);
        return ((FundingChange.Refused) change).violations().get(0);
    }

    @Test
    void aNewPlanLeavesTheWholePriceToTheLearner() {
        FundingPlan plan = plan(Set.of());

        assertThat(plan.lines()).containsExactly(new FundingLine(LEARNER, PRICE, null));
        assertThat(plan.schedule(InstalmentOption.THREE, IN_2026).instalments()).extracting(Instalment::amount)
                .containsExactly(Money.cents(49_666), Money.cents(49_666), Money.cents(49_668));
    }

    @Test
    void theLinesAddUpToThePriceAfterEveryChange() {
        FundingPlan plan = plan(Set.of())
                .addLine(line(OPCO, 100_000)).orThrow()
                .addLine(new FundingLine(EMPLOYER, Money.cents(33_333), "ENG-2026/07")).orThrow();
        assertThat(plan.learnerPart()).isEqualTo(Money.cents(15_667));
        assertThat(sum(plan)).isEqualTo(PRICE);

        FundingPlan changed = plan.changeLine(line(OPCO, 90_000)).orThrow();
        assertThat(changed.learnerPart()).isEqualTo(Money.cents(25_667));
        assertThat(sum(changed)).isEqualTo(PRICE);

        FundingPlan removed = changed.removeLine(EMPLOYER).orThrow();
        assertThat(removed.lines()).extracting(FundingLine::source).containsExactly(OPCO, LEARNER);
        assertThat(sum(removed)).isEqualTo(PRICE);

        FundingPlan repriced = removed.withPrice(Money.euros(1_200)).orThrow();
        assertThat(repriced.learnerPart()).isEqualTo(Money.euros(300));
        assertThat(sum(repriced)).isEqualTo(Money.euros(1_200));
    }

    @Test
    void fundersCoveringThePriceExactlyLeaveTheLearnerNothing() {
        FundingPlan plan = plan(Set.of()).addLine(line(OPCO, 149_000)).orThrow();

        assertThat(plan.learnerPart()).isEqualTo(Money.cents(0));
        assertThat(plan.schedule(InstalmentOption.TWELVE, IN_2026).instalments()).isEmpty();
    }

    @Test
    void aMixAboveThePriceIsRefusedAndThePlanUnchanged() {
        FundingPlan plan = plan(Set.of()).addLine(line(OPCO, 100_000)).orThrow();

        Violation above = refusal(plan.addLine(line(EMPLOYER, 49_001)));
        assertThat(above.field()).containsExactly("amount");
        assertThat(above.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(above.message().arguments()).containsExactly(Money.cents(149_001), PRICE);
        assertThat(plan.learnerPart()).isEqualTo(Money.euros(490));

        Violation cheaper = refusal(plan.withPrice(Money.euros(999)));
        assertThat(cheaper.field()).containsExactly("price");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a zero amount; OPCO; 0; ; amount; OUT_OF_RANGE",
            "a negative amount; OPCO; -100; ; amount; OUT_OF_RANGE",
            "a learner line; LEARNER; 100; ; source; INVALID",
            "a reference with spaces; OPCO; 100; ACC 12; funderReference; INVALID",
            "a reference too long; OPCO; 100; A12345678901234567890123456789012345678901234567890; funderReference;"
                    + " INVALID"})
    void aWrongLineIsRefusedWithItsFieldPath(String what, FundingSource source, long cents, String reference,
                                             String field, ErrorCode code) {
        Violation violation = refusal(plan(Set.of()).addLine(new FundingLine(source, Money.cents(cents), reference)));

        assertThat(violation.field()).containsExactly(field);
        assertThat(violation.code()).isEqualTo(code);
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
        Violation violation = refusal(plan(Set.of()).addLine(new FundingLine(OPCO, new Money(100,
                Currency.getInstance("USD")), null)));

        assertThat(violation.field()).containsExactly("amount");
        assertThat(violation.code()).isEqualTo(ErrorCode.INVALID);
    }

    @Test
    void oneLinePerFunderAddedOnceChangedOrRemovedOnlyWhenThere() {
        FundingPlan plan = plan(Set.of()).addLine(line(OPCO, 100)).orThrow();

        assertThat(refusal(plan.addLine(line(OPCO, 200))).code()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(refusal(plan.changeLine(line(EMPLOYER, 200))).field()).containsExactly("source");
        assertThat(refusal(plan.removeLine(EMPLOYER)).field()).containsExactly("source");
        assertThat(refusal(plan.removeLine(LEARNER)).field()).containsExactly("source");
        assertThat(refusal(plan.changeLine(line(LEARNER, 200))).field()).containsExactly("source");
    }

    @Test
    void aPlanNeedsAPositivePriceInEuros() {
        assertThat(refusal(FundingPlan.create(Money.cents(0), IN_2026, Set.of())).field()).containsExactly("price");
        assertThat(refusal(FundingPlan.create(new Money(100, Currency.getInstance("USD")), IN_2026, Set.of())).code())
                .isEqualTo(ErrorCode.INVALID);
        assertThat(refusal(FundingPlan.create(null, IN_2026, Set.of())).code()).isEqualTo(ErrorCode.REQUIRED);
    }

    /** Huge amounts are user errors on their field, never an overflow: the price is bounded, a line by the price. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a price beyond a long's half; 9223372036854775807; ; ; ; price",
            "a price one cent above the catalogue's maximum; 10000001; ; ; ; price",
            "the catalogue's maximum price; 10000000; ; ; ; ",
            "two lines of half a long each; 10000000; 4611686018427387904; 4611686018427387904; ; amount",
            "a huge second line; 10000000; 5000000; 4611686018427387904; ; amount",
            "a huge new price; 149000; 100000; ; 9223372036854775807; price",
            "lines within the maximum price; 10000000; 5000000; 5000000; ; "})
    void hugeAmountsAreRefusedOnTheirFieldWithoutOverflowing(String what, long priceCents, Long opcoCents,
                                                             Long employerCents, Long newPriceCents, String field) {
        FundingChange change = FundingPlan.create(Money.cents(priceCents), IN_2026, Set.of());
        if (opcoCents != null && change instanceof FundingChange.Accepted accepted) {
            change = accepted.plan().addLine(line(OPCO, opcoCents));
        }
        if (employerCents != null && change instanceof FundingChange.Accepted accepted) {
            change = accepted.plan().addLine(line(EMPLOYER, employerCents));
        }
        if (newPriceCents != null && change instanceof FundingChange.Accepted accepted) {
            change = accepted.plan().withPrice(Money.cents(newPriceCents));
        }

        if (field == null) {
            assertThat(sum(change.orThrow())).isEqualTo(change.orThrow().price());
        } else {
            Violation violation = refusal(change);
            assertThat(violation.field()).containsExactly(field);
            assertThat(violation.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        }
    }

    @Test
    void orThrowGivesEveryViolationAsABusinessRuleViolation() {
        FundingChange refused = plan(Set.of()).addLine(new FundingLine(LEARNER, Money.cents(0), "a b"));

        assertThatThrownBy(refused::orThrow).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.violations()).extracting(v -> v.field().get(0))
                        .containsExactly("source", "amount", "funderReference"));
    }

    @ParameterizedTest(name = "on {0}: {1} cents")
    @CsvSource({
            "2024-05-01, 0",
            "2024-05-02, 10000",
            "2024-12-31, 10000",
            "2025-01-01, 10223",
            "2025-12-31, 10223",
            "2026-01-01, 10320",
            "2027-06-30, 10320"})
    void theFlatParticipationIsTheAmountInForceOnThePlansDate(LocalDate day, long cents) {
        FundingPlan plan = FundingPlan.create(PRICE, day, Set.of()).orThrow()
                .addLine(line(TRAINING_ACCOUNT, 100_000)).orThrow();

        assertThat(plan.flatParticipation()).isEqualTo(Money.cents(cents));
        assertThat(plan.learnerPart()).isEqualTo(Money.euros(490));
        assertThat(plan.learnerPartPaidToOrganisation()).isEqualTo(Money.cents(49_000 - cents));
    }

    @Test
    void theTrainingAccountMustLeaveTheParticipationToTheHolder() {
        FundingPlan plan = plan(Set.of());

        Violation whole = refusal(plan.addLine(line(TRAINING_ACCOUNT, 149_000)));
        assertThat(whole.field()).containsExactly("amount");
        assertThat(whole.code()).isEqualTo(ErrorCode.LEGAL_RULE);
        assertThat(whole.message().arguments()).containsExactly(Money.cents(10_320));

        FundingPlan most = plan.addLine(line(TRAINING_ACCOUNT, 149_000 - 10_320)).orThrow();
        assertThat(most.learnerPart()).isEqualTo(Money.cents(10_320));
        assertThat(most.learnerPartPaidToOrganisation()).isEqualTo(Money.cents(0));
        assertThat(most.schedule(InstalmentOption.THREE, IN_2026).instalments()).isEmpty();
    }

    @Test
    void anotherFunderCannotEatIntoTheParticipationEither() {
        FundingPlan plan = plan(Set.of()).addLine(line(TRAINING_ACCOUNT, 100_000)).orThrow();

        assertThat(refusal(plan.addLine(line(FRANCE_TRAVAIL_AIF, 49_000 - 10_320 + 1))).code())
                .isEqualTo(ErrorCode.LEGAL_RULE);
        assertThat(plan.addLine(line(FRANCE_TRAVAIL_AIF, 49_000 - 10_320))).isInstanceOf(FundingChange.Accepted.class);
    }

    @ParameterizedTest
    @EnumSource(ParticipationExemption.class)
    void anExemptHolderOwesNoParticipationAndTheAccountMayCoverEverything(ParticipationExemption exemption) {
        FundingPlan plan = plan(EnumSet.of(exemption)).addLine(line(TRAINING_ACCOUNT, 149_000)).orThrow();

        assertThat(plan.flatParticipation()).isEqualTo(Money.cents(0));
        assertThat(plan.learnerPart()).isEqualTo(Money.cents(0));
    }

    @Test
    void losingTheExemptionIsRefusedWhileTheAccountCoversEverything() {
        FundingPlan plan = plan(Set.of(ParticipationExemption.JOB_SEEKER))
                .addLine(line(TRAINING_ACCOUNT, 149_000)).orThrow();

        Violation violation = refusal(plan.withExemptions(Set.of()));
        assertThat(violation.field()).containsExactly("exemptions");
        assertThat(violation.code()).isEqualTo(ErrorCode.LEGAL_RULE);
    }

    @Test
    void withoutATrainingAccountLineThereIsNoParticipation() {
        FundingPlan plan = plan(Set.of()).addLine(line(OPCO, 149_000)).orThrow();

        assertThat(plan.flatParticipation()).isEqualTo(Money.cents(0));
    }

    @Test
    void plansWithTheSameLinesAreEqualWhateverTheOrderTheyWereAddedIn() {
        FundingPlan one = plan(Set.of()).addLine(line(OPCO, 100)).orThrow().addLine(line(EMPLOYER, 200)).orThrow();
        FundingPlan other = plan(Set.of()).addLine(line(EMPLOYER, 200)).orThrow().addLine(line(OPCO, 100)).orThrow();

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.lines()).extracting(FundingLine::source).containsExactly(OPCO, EMPLOYER, LEARNER);
        assertThat(one).isNotEqualTo(one.changeLine(line(OPCO, 101)).orThrow());
    }
}
