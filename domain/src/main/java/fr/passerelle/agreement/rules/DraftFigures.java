package fr.passerelle.agreement.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers a form shows while an agreement is being written, beside the findings: the presence as D124-6 counts
 * it, the day this internship's own presence goes over the gratification threshold, and for each academic year it
 * falls in, its share of the six-month cap and the verdicts with the learner's other agreements with the host.
 *
 * <p>The other agreements may be another school's: as in the findings, only this internship's presence is given, and
 * for the total the verdict alone (over the cap or not, gratification mandatory or not), never the others' share.
 *
 * @param presence                  this internship's presence (D124-6)
 * @param gratificationThresholdDay the day this internship's own presence goes over 308 h (from its first minute
 *                                  beyond); null when it never does
 * @param years                     one entry per academic year of the internship, in order
 */
public record DraftFigures(Presence presence, LocalDate gratificationThresholdDay, List<Year> years) {

    public DraftFigures {
        Objects.requireNonNull(presence, "presence");
        years = List.copyOf(years);
    }

    /**
     * One academic year of the internship.
     *
     * @param presence               this internship's presence in that year
     * @param cap                    the most the learner may spend with the host in a year (L124-5: 924 h)
     * @param overCap                whether the learner's presence with the host that year, other agreements included,
     *                               goes over the cap
     * @param gratificationMandatory whether the gratification is mandatory on account of that year (L124-6): the
     *                               learner's presence with the host that year, other agreements included, or this
     *                               internship's, goes over 308 h
     */
    public record Year(AcademicYear year, Presence presence, Presence cap, boolean overCap,
                       boolean gratificationMandatory) {
    }

    /** The threshold above which the gratification is mandatory: 308 h, that is 44 days of D124-6. */
    public static Presence gratificationThreshold() {
        return GratificationRule.THRESHOLD;
    }

    /**
     * @param otherPresenceWithHost the learner's presence with the same host under other agreements, by academic year
     */
    public static DraftFigures of(InternshipPeriod period, PublicHolidays holidays,
                                  Map<AcademicYear, Presence> otherPresenceWithHost) {
        PresenceTimeline timeline = PresenceTimeline.of(period, holidays);
        boolean mandatoryAlone = timeline.presence().exceeds(GratificationRule.THRESHOLD);
        List<Year> years = new ArrayList<>();
        for (AcademicYear year : timeline.academicYears()) {
            Presence own = timeline.presenceIn(year);
            Presence withHost = own.plus(otherPresenceWithHost.getOrDefault(year, Presence.NONE));
            years.add(new Year(year, own, MaxDurationRule.LIMIT, withHost.exceeds(MaxDurationRule.LIMIT),
                    mandatoryAlone || withHost.exceeds(GratificationRule.THRESHOLD)));
        }
        return new DraftFigures(timeline.presence(), thresholdDay(timeline), years);
    }

    /** The period is bounded where the draft is checked, so this walk is too. */
    private static LocalDate thresholdDay(PresenceTimeline timeline) {
        if (!timeline.presence().exceeds(GratificationRule.THRESHOLD)) {
            return null;
        }
        long minutes = 0;
        for (LocalDate day = timeline.period().start(); !day.isAfter(timeline.period().end()); day = day.plusDays(1)) {
            minutes += timeline.countedMinutesOn(day);
            if (minutes > GratificationRule.THRESHOLD.totalMinutes()) {
                return day;
            }
        }
        throw new IllegalStateException("presence over the threshold, yet no day crosses it");
    }
}
