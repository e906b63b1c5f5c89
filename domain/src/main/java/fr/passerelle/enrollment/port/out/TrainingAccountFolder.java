package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/**
 * A training-account folder as the platform shows it to the organisation.
 *
 * @param number          the platform's folder number (the plan's funder reference)
 * @param sessionReference the platform's id of the session (action and session) the holder chose
 * @param price           the price the folder is for
 * @param state           its state now, deadlines applied
 * @param deadline        the last day of the current state's deadline (the organisation's answer, the holder's
 *                        acceptance), null when it has none
 * @param earliestEntry   the first day the training may start, 11 working days after acceptance; null before
 * @param enteredOn       the entry day the organisation declared; null before
 * @param exitedOn        the exit day the organisation declared (on or after the entry); null before
 */
public record TrainingAccountFolder(String number, String sessionReference, Money price, FolderState state,
                                    LocalDate deadline, LocalDate earliestEntry, LocalDate enteredOn,
                                    LocalDate exitedOn) {
}
