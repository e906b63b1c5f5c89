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

    /** The highest count and its first day. */
    record Peak(LocalDate day, int internships) {
    }

    static Peak peak(DateRange subject, List<DateRange> others) {
        Peak peak = new Peak(subject.start(), countOn(subject.start(), others));
        List<LocalDate> laterStarts = others.stream().map(DateRange::start)
                .filter(day -> day.isAfter(subject.start()) && !day.isAfter(subject.end())).sorted().toList();
        for (LocalDate day : laterStarts) {
            int count = countOn(day, others);
            if (count > peak.internships()) {
                peak = new Peak(day, count);
            }
        }
        return peak;
    }

    /** The subject, in progress on any day of it, plus the others in progress on {@code day}. */
    private static int countOn(LocalDate day, List<DateRange> others) {
        return 1 + (int) others.stream().filter(o -> !day.isBefore(o.start()) && !day.isAfter(o.end())).count();
    }
}
