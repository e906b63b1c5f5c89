package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/** One payment of a schedule: its rank from 1, its amount and the day it is due. */
public record Instalment(int number, Money amount, LocalDate dueDate) {
}
