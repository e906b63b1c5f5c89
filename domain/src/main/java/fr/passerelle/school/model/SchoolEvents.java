package fr.passerelle.school.model;

/** The types of the events a school's changes emit. */
public final class SchoolEvents {

    public static final String REGISTERED = "school.registered";
    public static final String PROFILE_UPDATED = "school.profile_updated";
    public static final String TIER_CHANGED = "school.tier_changed";
    public static final String PROGRAM_ADDED = "school.program_added";
    public static final String PROGRAM_REMOVED = "school.program_removed";

    private SchoolEvents() {
    }
}
