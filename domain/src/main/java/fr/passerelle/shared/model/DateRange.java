package fr.passerelle.shared.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.LocalDate;
import java.util.Objects;

/** Calendar days from {@code start} to {@code end}, both included. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw BusinessRuleViolation.of("end", ErrorCode.INVALID, "error.date.end-before-start");
        }
    }

    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
