package fr.passerelle.catalog.model;

import java.time.LocalDate;
import java.time.LocalTime;

/** One half-day a session actually meets: the unit attendance is signed for. */
public record DatedSlot(LocalDate date, HalfDay half, LocalTime start, LocalTime end) {
}
