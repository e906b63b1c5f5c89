package fr.passerelle.agreement.rules;

import fr.passerelle.shared.i18n.Message;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Presence is counted without public holidays where the holiday source has no data for the internship's country and
 * years (D124-6 counts effective presence; a holiday not worked is none). Counting on is better than blocking an
 * agreement abroad, but the presence may then be overstated: a person should look.
 */
final class HolidayDataRule {

    static final String ID = "HOLIDAY_DATA";
    static final Message ARTICLE = Message.of("finding.article.holiday-data");

    private HolidayDataRule() {
    }

    /** A warning when some year had no holiday data; nothing otherwise. */
    static Optional<RuleFinding> check(PresenceTimeline timeline) {
        List<Integer> years = timeline.yearsWithoutHolidayData();
        if (years.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleFinding(ID, ARTICLE, Severity.WARNING, Message.of("finding.holiday-data.unknown",
                timeline.period().country(), years.stream().map(String::valueOf).collect(Collectors.joining(", "))),
                List.of()));
    }
}
