package fr.passerelle.enrollment.port.out;

import java.time.LocalDate;

/**
 * A SEPA mandate as the provider shows it.
 *
 * @param activeOn the day it becomes (or became) active, the first possible charge date
 */
public record Mandate(String id, MandateState state, LocalDate activeOn) {
}
