package fr.passerelle.agreement.rules;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;

/**
 * An amount of effective presence in the host organisation, and its value in the law's days and months.
 *
 * <p>Code de l'éducation, art. D124-6: "Chaque période au moins égale à sept heures de présence, consécutives ou non,
 * est considérée comme équivalente à un jour et chaque période au moins égale à vingt-deux jours de présence,
 * consécutifs ou non, est considérée comme équivalente à un mois." So {@link #days()} counts completed blocks of
 * {@value #MINUTES_PER_DAY} minutes (rounded down: 6 h 59 is no day) and {@link #months()} completed blocks of
 * {@value #DAYS_PER_MONTH} days (one month = 154 h); the remainders are kept so that nothing is lost.
 *
 * <p>The thresholds of the rules (two months, six months) are compared on the exact minutes, not on the rounded
 * months: see {@link #exceeds(Presence)}.
 */
public record Presence(long totalMinutes) {

    /** Seven hours make a day of presence (D124-6). */
    public static final int MINUTES_PER_DAY = 7 * 60;
    /** Twenty-two days of presence make a month (D124-6). */
    public static final int DAYS_PER_MONTH = 22;
    /** One month of presence: 22 days of 7 hours, 154 h. */
    public static final long MINUTES_PER_MONTH = (long) MINUTES_PER_DAY * DAYS_PER_MONTH;

    public static final Presence NONE = new Presence(0);

    public Presence {
        if (totalMinutes < 0) {
            throw BusinessRuleViolation.of("totalMinutes", ErrorCode.OUT_OF_RANGE, "error.number.negative");
        }
    }

    public static Presence ofHours(long hours) {
        return new Presence(Math.multiplyExact(hours, 60L));
    }

    /** The presence equivalent to that many months: the limits of the law are stated in months. */
    public static Presence ofMonths(int months) {
        return new Presence(Math.multiplyExact(months, MINUTES_PER_MONTH));
    }

    /** Completed days of seven hours. */
    public long days() {
        return totalMinutes / MINUTES_PER_DAY;
    }

    /** Completed months of twenty-two days. */
    public long months() {
        return days() / DAYS_PER_MONTH;
    }

    /** Minutes beyond the last completed day (0 to 419). */
    public long minutesBeyondDays() {
        return totalMinutes % MINUTES_PER_DAY;
    }

    /** Completed days beyond the last completed month (0 to 21). */
    public long daysBeyondMonths() {
        return days() % DAYS_PER_MONTH;
    }

    public Presence plus(Presence other) {
        return new Presence(Math.addExact(totalMinutes, other.totalMinutes));
    }

    /**
     * Whether this presence is strictly more than {@code limit}, to the minute. The law's "supérieure à deux mois" and
     * "ne peut excéder six mois" are read on the exact time, as the administration does ("à partir de la 309e heure"):
     * a minute over 308 h is over two months even though it completes no further day of D124-6.
     */
    public boolean exceeds(Presence limit) {
        return totalMinutes > limit.totalMinutes;
    }
}
