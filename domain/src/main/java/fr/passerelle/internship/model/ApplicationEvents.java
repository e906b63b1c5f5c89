package fr.passerelle.internship.model;

/** The types of the events an application's changes emit. */
public final class ApplicationEvents {

    public static final String SUBMITTED = "application.submitted";
    public static final String STATUS_CHANGED = "application.status_changed";
    public static final String INTERVIEW_PROPOSED = "application.interview_proposed";
    public static final String INTERVIEW_SCHEDULED = "application.interview_scheduled";
    public static final String INTERVIEW_CANCELLED = "application.interview_cancelled";
    public static final String SHARED_PARTS_CHANGED = "application.shared_parts_changed";

    private ApplicationEvents() {
    }
}
