package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The learner's part as dated instalments, interest-free: the amount is split to the cent with the remainder on the
 * last instalment ({@link Money#allocate}), so the instalments add up to it exactly.
 * <p>
 * Instalment {@code n} is due {@code n - 1} months after the first due date, always counted from the first date and
 * never from the previous one: from 31 January the dates are 31 January, 28 (or 29) February, 31 March, 30 April…
 * — the month's last day when it is shorter, back to the 31st when the month has one (instead of drifting to the
 * 28th for the rest of the year, as chaining "one month later" would).
 * <p>
 * An amount is split only when every instalment is at least {@link #MINIMUM_INSTALMENT} (0.50 €, the smallest card
 * charge payment providers take in euros, e.g. Stripe's minimum charge): 0.01 € in 12 is refused, paid at once it is
 * accepted. Amounts are in euros (the minimum is). Nothing to pay gives an empty schedule, whatever the option.
 */
public record PaymentSchedule(List<Instalment> instalments) {

    public static final Money MINIMUM_INSTALMENT = Money.cents(50);

    public PaymentSchedule {
        instalments = List.copyOf(instalments);
    }

    /**
     * @throws BusinessRuleViolation on {@code amount} when it is not in euros (the minimum is), on {@code instalments}
     *                               when the amount is too small for that many instalments
     */
    public static PaymentSchedule of(Money amount, InstalmentOption option, LocalDate firstDue) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(firstDue, "firstDue");
        if (!amount.currency().equals(MINIMUM_INSTALMENT.currency())) {
            throw BusinessRuleViolation.of("amount", ErrorCode.INVALID, "error.funding.currency");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative amount has no schedule");
        }
        if (amount.isZero()) {
            return new PaymentSchedule(List.of());
        }
        List<Money> parts = amount.allocate(option.count());
        if (option.count() > 1 && parts.get(0).isLessThan(MINIMUM_INSTALMENT)) {
            throw BusinessRuleViolation.of("instalments", ErrorCode.OUT_OF_RANGE, "error.funding.instalment-too-small",
                    MINIMUM_INSTALMENT);
        }
        List<Instalment> instalments = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            instalments.add(new Instalment(i + 1, parts.get(i), firstDue.plusMonths(i)));
        }
        return new PaymentSchedule(instalments);
    }
}
