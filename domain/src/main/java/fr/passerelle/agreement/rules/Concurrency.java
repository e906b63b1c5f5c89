package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * The most internships in progress at once during one internship, that one included. The count only rises on a day
 * some internship starts, so it is enough to count on the internship's first day and on each start that falls within
 * it: the maximum over those days is the maximum over every day, without walking the calendar.
 */
final class Concurrency {

    private Concurrency() {
    }

    /** The highest count. */
    static int peak(DateRange subject, List<DateRange> others) {
        int peak = countOn(subject.start(), others);
        for (DateRange other : others) {
            LocalDate day = other.start();
            if (day.isAfter(subject.start()) && !day.isAfter(subject.end())) {
                peak = Math.max(peak, countOn(day, others));
            }
        }
        return peak;
    }

    /** The subject, in progress on any day of it, plus the others in progress on {@code day}. */
    private static int countOn(LocalDate day, List<DateRange> others) {
        return 1 + (int) others.stream().filter(o -> !day.isBefore(o.start()) && !day.isAfter(o.end())).count();
    }
}
