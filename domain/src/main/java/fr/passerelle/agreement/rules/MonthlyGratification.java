package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.Money;
import java.time.YearMonth;

/**
 * The minimum gratification due for one calendar month of the internship: the month's hours of presence at the
 * month's legal hourly minimum, paid monthly (L124-6).
 *
 * @param presentMinutes the minutes actually present in the month (leave excluded, see {@link PresenceTimeline})
 * @param minimum        {@code presentMinutes × hourlyMinimum / 60}, rounded up to the cent so that it is never below
 *                       the legal minimum
 */
public record MonthlyGratification(YearMonth month, long presentMinutes, Money hourlyMinimum, Money minimum) {
}
