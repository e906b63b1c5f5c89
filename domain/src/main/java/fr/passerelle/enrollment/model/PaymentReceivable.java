package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The instalments the organisation collects from the payer once the contract is signed: the payer's part split by
 * {@link PaymentSchedule}, first due the day after the withdrawal period ends.
 * <p>
 * A person paying their training themselves may not be asked for more than {@link #FIRST_PAYMENT_PERCENT} % of the
 * price as their first payment (Code du travail, article L. 6353-6; nothing before the withdrawal period ends, which
 * the first due date already respects). When the first instalment is above that cap it is cut to the cap (rounded
 * down to the cent) and the excess moves to the second instalment; a part paid at once becomes two instalments, the
 * capped first and the rest a month later. A company paying is a professional buyer: the cap does not apply.
 */
public final class PaymentReceivable {

    public static final int FIRST_PAYMENT_PERCENT = 30;

    private PaymentReceivable() {
    }

    /**
     * @param part       what the payer owes the organisation (in euros)
     * @param individual whether a person pays for themselves (not a company)
     * @throws fr.passerelle.shared.validation.BusinessRuleViolation as {@link PaymentSchedule#of} does
     */
    public static List<Instalment> schedule(Money part, InstalmentOption option, LocalDate firstDue,
                                            boolean individual) {
        List<Instalment> plain = PaymentSchedule.of(part, option, firstDue).instalments();
        if (!individual || plain.isEmpty()) {
            return plain;
        }
        Money cap = new Money(part.amountInMinorUnits() * FIRST_PAYMENT_PERCENT / 100, part.currency());
        Instalment first = plain.get(0);
        if (!first.amount().isGreaterThan(cap)) {
            return plain;
        }
        Money excess = first.amount().minus(cap);
        List<Instalment> capped = new ArrayList<>();
        capped.add(new Instalment(1, cap, first.dueDate()));
        if (plain.size() == 1) {
            capped.add(new Instalment(2, excess, firstDue.plusMonths(1)));
        } else {
            Instalment second = plain.get(1);
            capped.add(new Instalment(2, second.amount().plus(excess), second.dueDate()));
            capped.addAll(plain.subList(2, plain.size()));
        }
        return List.copyOf(capped);
    }
}
