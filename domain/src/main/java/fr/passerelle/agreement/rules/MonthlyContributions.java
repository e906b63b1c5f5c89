package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.Money;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of a gratification as the host's payroll declares it (Code de la sécurité sociale, art. L242-4-1): the
 * part up to the month's franchise (the legal minimum for the month's hours of presence) is exempt from social
 * contributions, the part above is subject to them.
 *
 * @param presentMinutes the month's minutes of presence, as the minimum counts them
 * @param paid           the gratification the agreement's terms pay that month
 * @param exempt         {@code min(paid, franchise)}
 * @param subject        {@code paid - exempt}
 */
public record MonthlyContributions(YearMonth month, long presentMinutes, Money paid, Money exempt, Money subject) {

    public MonthlyContributions {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(exempt, "exempt");
        Objects.requireNonNull(subject, "subject");
    }
}
