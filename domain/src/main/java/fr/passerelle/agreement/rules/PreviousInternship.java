package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import java.util.Objects;

/**
 * The last internship on the same post, for the waiting period of L124-11.
 *
 * @param interruptedByIntern true when it ended before its term at the intern's initiative: no waiting period then
 */
public record PreviousInternship(DateRange period, boolean interruptedByIntern) {

    public PreviousInternship {
        Objects.requireNonNull(period, "period");
    }
}
