package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.rules.AcademicYear;
import fr.passerelle.agreement.rules.DraftFigures;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.agreement.rules.PresenceTimeline;
import fr.passerelle.agreement.rules.PublicHolidays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Code de l'éducation, art. L124-6: the gratification is mandatory when the learner's presence with a host in one
 * academic year goes over two months, every agreement of the year counted. So a new agreement can make an earlier
 * one's gratification mandatory (from its first hour): its rules turn blocking, and its parties must know, since
 * the earlier agreement must then state an amount at least the legal minimum.
 *
 * <p>An earlier agreement is made due by the new one when, without the new one, neither its own presence nor the
 * learner's presence with the host in any of its academic years went over the threshold, and with the new one some
 * such year does. Computed from the store whether the new agreement is in it yet or not: it is left out by its id.
 */
final class GratificationsMadeDue {

    private final Agreements agreements;
    private final PublicHolidays holidays;

    GratificationsMadeDue(Agreements agreements, PublicHolidays holidays) {
        this.agreements = agreements;
        this.holidays = holidays;
    }

    /** The learner's other live agreements with the same host whose gratification {@code agreement} makes due. */
    List<Agreement> by(Agreement agreement) {
        Presence threshold = DraftFigures.gratificationThreshold();
        List<Map.Entry<Agreement, PresenceTimeline>> earlier = new ArrayList<>();
        Map<AcademicYear, Presence> withoutIt = new HashMap<>();
        for (Agreement other : agreements.findLiveByLearners(List.of(agreement.learnerId()),
                AgreementRules.OTHER_AGREEMENTS_READ)) {
            if (other.learnerId().equals(agreement.learnerId()) && !other.id().equals(agreement.id())
                    && AgreementRules.sameHost(agreement, agreement.parties(), other)) {
                PresenceTimeline timeline = PresenceTimeline.of(other.terms().period(), holidays);
                earlier.add(Map.entry(other, timeline));
                timeline.academicYears().forEach(year -> withoutIt.merge(year,
                        timeline.presenceIn(year, other.lastDayOfPresence()), Presence::plus));
            }
        }
        if (earlier.isEmpty()) {
            return List.of();
        }
        PresenceTimeline added = PresenceTimeline.of(agreement.terms().period(), holidays);
        List<Agreement> madeDue = new ArrayList<>();
        for (Map.Entry<Agreement, PresenceTimeline> entry : earlier) {
            PresenceTimeline timeline = entry.getValue();
            boolean dueBefore = timeline.presence().exceeds(threshold) || timeline.academicYears().stream()
                    .anyMatch(year -> withoutIt.get(year).exceeds(threshold));
            boolean dueAfter = timeline.academicYears().stream().anyMatch(year -> withoutIt.get(year)
                    .plus(added.presenceIn(year)).exceeds(threshold));
            if (!dueBefore && dueAfter) {
                madeDue.add(entry.getKey());
            }
        }
        madeDue.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(madeDue);
    }
}
