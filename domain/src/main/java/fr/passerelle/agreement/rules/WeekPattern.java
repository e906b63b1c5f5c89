package fr.passerelle.agreement.rules;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The presence planned on each day of one week, in minutes; a day not listed is not worked. Minutes rather than hours
 * because part-time schedules have half hours (Wednesday 3 h 30 is 210) and D124-6 counts presence by the hour, which
 * whole minutes represent exactly.
 */
public record WeekPattern(Map<DayOfWeek, Integer> minutesByDay) {

    /** No one is present more than the 24 hours of a calendar day; more is a typing error. */
    public static final int MAX_MINUTES_PER_DAY = 24 * 60;

    /** Seven hours, the legal full-time day (35 h over five days) and the unit of D124-6's day of presence. */
    static final int FULL_TIME_DAY_MINUTES = 7 * 60;

    /** The full-time week: 7 h from Monday to Friday, 35 h. */
    public static final WeekPattern FULL_TIME = days(FULL_TIME_DAY_MINUTES, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    public WeekPattern {
        Objects.requireNonNull(minutesByDay, "minutesByDay");
        EnumMap<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
        minutesByDay.forEach((day, minutes) -> {
            Objects.requireNonNull(day, "minutesByDay day");
            Objects.requireNonNull(minutes, "minutesByDay minutes");
            if (minutes < 0 || minutes > MAX_MINUTES_PER_DAY) {
                throw BusinessRuleViolation.of("minutesByDay." + day, ErrorCode.OUT_OF_RANGE,
                        "error.minutes.out-of-range", 0, MAX_MINUTES_PER_DAY);
            }
            copy.put(day, minutes);
        });
        minutesByDay = Collections.unmodifiableMap(copy);
    }

    /** The same minutes on each of the given days, e.g. {@code days(420, MONDAY, TUESDAY, THURSDAY)}. */
    public static WeekPattern days(int minutesPerDay, DayOfWeek... days) {
        EnumMap<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            minutes.put(day, minutesPerDay);
        }
        return new WeekPattern(minutes);
    }

    /** This week with {@code day} set to {@code minutes}, e.g. a short Wednesday. */
    public WeekPattern with(DayOfWeek day, int minutes) {
        EnumMap<DayOfWeek, Integer> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(minutesByDay);
        changed.put(day, minutes);
        return new WeekPattern(changed);
    }

    public int minutesOn(DayOfWeek day) {
        return minutesByDay.getOrDefault(day, 0);
    }

    public long weeklyMinutes() {
        return minutesByDay.values().stream().mapToLong(Integer::longValue).sum();
    }
}
