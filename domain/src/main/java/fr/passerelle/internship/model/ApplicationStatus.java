package fr.passerelle.internship.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an application stands, and where it may go from there:
 * submitted → shortlisted → interview → offered → accepted / declined; the company may reject and the learner
 * withdraw until an offer is answered.
 */
public enum ApplicationStatus {
    /** Sent by the learner, not looked at yet. */
    SUBMITTED,
    /** Kept by the company for a closer look. */
    SHORTLISTED,
    /** An interview is being arranged or took place. */
    INTERVIEW,
    /** The company offers the position; the learner answers. */
    OFFERED,
    /** The learner took the position. */
    ACCEPTED,
    /** The learner turned the position down. */
    DECLINED,
    /** The company turned the application down. */
    REJECTED,
    /** The learner withdrew, or accepted another offer. */
    WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(SHORTLISTED, INTERVIEW, OFFERED, REJECTED, WITHDRAWN),
            SHORTLISTED, EnumSet.of(INTERVIEW, OFFERED, REJECTED, WITHDRAWN),
            INTERVIEW, EnumSet.of(OFFERED, REJECTED, WITHDRAWN),
            OFFERED, EnumSet.of(ACCEPTED, DECLINED, REJECTED, WITHDRAWN),
            ACCEPTED, EnumSet.noneOf(ApplicationStatus.class),
            DECLINED, EnumSet.noneOf(ApplicationStatus.class),
            REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    public boolean canMoveTo(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Still in play: not answered for good by either side. */
    public boolean isOpen() {
        return !NEXT.get(this).isEmpty();
    }

    public static Set<ApplicationStatus> open() {
        EnumSet<ApplicationStatus> open = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus status : values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }
}
