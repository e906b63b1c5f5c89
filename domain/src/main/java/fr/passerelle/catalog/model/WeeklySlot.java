package fr.passerelle.catalog.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * One half-day of a session's weekly schedule, e.g. Monday morning 09:00–12:30. Training days are working days
 * (Monday to Friday); a morning ends by 14:00, an afternoon starts at 12:00 or later, so the two halves of a day are
 * told apart by the clock as attendance sheets expect.
 */
public record WeeklySlot(DayOfWeek day, HalfDay half, LocalTime start, LocalTime end) {

    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime MORNING_LATEST_END = LocalTime.of(14, 0);

    public static WeeklySlot validated(WeeklySlot raw) {
        var checks = new Checks();
        DayOfWeek day = checks.required("day", raw.day());
        HalfDay half = checks.required("half", raw.half());
        LocalTime start = checks.required("start", raw.start());
        LocalTime end = checks.required("end", raw.end());
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            checks.add("day", ErrorCode.INVALID, "error.catalog.slot-weekend");
        }
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                checks.add("end", ErrorCode.INVALID, "error.catalog.slot-times");
            } else if (half == HalfDay.MORNING && end.isAfter(MORNING_LATEST_END)
                    || half == HalfDay.AFTERNOON && start.isBefore(NOON)) {
                checks.add("half", ErrorCode.INVALID, "error.catalog.slot-half");
            }
        }
        checks.throwIfAny();
        return raw;
    }

    /** Whether another slot is the same half of the same day (a schedule holds each at most once). */
    boolean sameHalfDay(WeeklySlot other) {
        return day == other.day && half == other.half;
    }

    static void requireDistinct(List<WeeklySlot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (slots.get(i).sameHalfDay(slots.get(j))) {
                    throw BusinessRuleViolation.of(String.valueOf(i), ErrorCode.DUPLICATE,
                            "error.catalog.slot-repeated");
                }
            }
        }
    }
}
