package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the rules need about one agreement and its surroundings. What the caller does not know is null, and the
 * rule that needs it reports "not checked" instead of blocking.
 *
 * @param period                   the internship
 * @param otherPresenceWithHost    the learner's presence with the same host under other agreements, by academic year
 *                                 (count it with {@link PresenceTimeline}); empty when there are none
 * @param gratification            the gratification the agreement states; null when it states none
 * @param tutorOtherInternships    the dates of the other internships the same tutor follows in the host; null when
 *                                 unknown
 * @param hostStaffing             the host's workforce and other internships; null when unknown
 * @param previousInternshipOnPost the last internship on the same post; null when there is none or it is unknown
 * @param conditions               the intern's age, the night presence and leave clauses
 * @param programTeachingHours     the teaching hours per academic year of the intern's program (D124-2); null when
 *                                 the program or its hours are not recorded
 */
public record AgreementCheck(InternshipPeriod period, Map<AcademicYear, Presence> otherPresenceWithHost,
                             ProposedGratification gratification, List<DateRange> tutorOtherInternships,
                             HostStaffing hostStaffing, PreviousInternship previousInternshipOnPost,
                             InternshipConditions conditions, Integer programTeachingHours) {

    /** A check without the conditions: the leave clause and minors' rules stay silent. */
    public AgreementCheck(InternshipPeriod period, Map<AcademicYear, Presence> otherPresenceWithHost,
                          ProposedGratification gratification, List<DateRange> tutorOtherInternships,
                          HostStaffing hostStaffing, PreviousInternship previousInternshipOnPost,
                          Integer programTeachingHours) {
        this(period, otherPresenceWithHost, gratification, tutorOtherInternships, hostStaffing,
                previousInternshipOnPost, InternshipConditions.UNSTATED, programTeachingHours);
    }

    /** A check where the intern's program teaching hours are not known. */
    public AgreementCheck(InternshipPeriod period, Map<AcademicYear, Presence> otherPresenceWithHost,
                          ProposedGratification gratification, List<DateRange> tutorOtherInternships,
                          HostStaffing hostStaffing, PreviousInternship previousInternshipOnPost,
                          InternshipConditions conditions) {
        this(period, otherPresenceWithHost, gratification, tutorOtherInternships, hostStaffing,
                previousInternshipOnPost, conditions, null);
    }

    public AgreementCheck {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(conditions, "conditions");
        otherPresenceWithHost = Map.copyOf(Objects.requireNonNull(otherPresenceWithHost, "otherPresenceWithHost"));
        tutorOtherInternships = tutorOtherInternships == null ? null : List.copyOf(tutorOtherInternships);
    }

    /** A check without the conditions nor the program's teaching hours. */
    public AgreementCheck(InternshipPeriod period, Map<AcademicYear, Presence> otherPresenceWithHost,
                          ProposedGratification gratification, List<DateRange> tutorOtherInternships,
                          HostStaffing hostStaffing, PreviousInternship previousInternshipOnPost) {
        this(period, otherPresenceWithHost, gratification, tutorOtherInternships, hostStaffing,
                previousInternshipOnPost, InternshipConditions.UNSTATED, null);
    }
}
