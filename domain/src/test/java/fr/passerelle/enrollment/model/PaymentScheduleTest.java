package fr.passerelle.enrollment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentScheduleTest {

    @ParameterizedTest(name = "{0} cents {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "149000; THREE; 49666 49666 49668",
            "89000; SIX; 14833 14833 14833 14833 14833 14835",
            "89000; TWELVE; 7416 7416 7416 7416 7416 7416 7416 7416 7416 7416 7416 7424",
            "78680; AT_ONCE; 78680",
            "600; TWELVE; 50 50 50 50 50 50 50 50 50 50 50 50",
            "1; AT_ONCE; 1"})
    void theLearnersPartIsSplitToTheCentWithTheRemainderOnTheLast(long cents, InstalmentOption option,
                                                                   String expected) {
        PaymentSchedule schedule = PaymentSchedule.of(Money.cents(cents), option, LocalDate.of(2027, 1, 15));

        List<Money> amounts = schedule.instalments().stream().map(Instalment::amount).toList();
        assertThat(amounts).containsExactlyElementsOf(Arrays.stream(expected.split(" "))
                .map(Long::parseLong).map(Money::cents).toList());
        assertThat(schedule.instalments()).extracting(Instalment::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, option.count()).boxed().toList());
    }

    @ParameterizedTest(name = "from {0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "2027-01-31; 2027-01-31 2027-02-28 2027-03-31 2027-04-30 2027-05-31 2027-06-30",
            "2028-01-31; 2028-01-31 2028-02-29 2028-03-31 2028-04-30 2028-05-31 2028-06-30",
            "2027-01-30; 2027-01-30 2027-02-28 2027-03-30 2027-04-30 2027-05-30 2027-06-30",
            "2027-08-15; 2027-08-15 2027-09-15 2027-10-15 2027-11-15 2027-12-15 2028-01-15"})
    void dueDatesAreMonthlyFromTheFirstClampedToShortMonthsThenBack(LocalDate first, String expected) {
        PaymentSchedule schedule = PaymentSchedule.of(Money.euros(600), InstalmentOption.SIX, first);

        assertThat(schedule.instalments()).extracting(Instalment::dueDate)
                .containsExactlyElementsOf(Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList());
    }

    @ParameterizedTest(name = "{0} in another currency refused")
    @CsvSource({"AT_ONCE", "THREE", "SIX", "TWELVE"})
    void anAmountInAnotherCurrencyIsRefusedOnItsField(InstalmentOption option) {
        Money dollars = new Money(149_000, java.util.Currency.getInstance("USD"));

        assertThatThrownBy(() -> PaymentSchedule.of(dollars, option, LocalDate.of(2027, 1, 1)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).containsExactly("amount");
                            assertThat(v.code()).isEqualTo(ErrorCode.INVALID);
                        }));
    }

    @ParameterizedTest(name = "{0} cents in {1} refused")
    @CsvSource({"1, TWELVE", "1, THREE", "149, THREE", "599, TWELVE"})
    void anInstalmentBelowTheSmallestCardChargeIsRefused(long cents, InstalmentOption option) {
        assertThatThrownBy(() -> PaymentSchedule.of(Money.cents(cents), option, LocalDate.of(2027, 1, 1)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).containsExactly("instalments");
                        assertThat(v.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
                    });
                });
    }

    @Test
    void nothingToPayIsAnEmptySchedule() {
        assertThat(PaymentSchedule.of(Money.cents(0), InstalmentOption.TWELVE, LocalDate.of(2027, 1, 1))
                .instalments()).isEmpty();
    }
}
