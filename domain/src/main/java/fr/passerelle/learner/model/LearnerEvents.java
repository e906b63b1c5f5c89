package fr.passerelle.learner.model;

/** The types of the events a learner's changes emit. */
public final class LearnerEvents {

    public static final String REGISTERED = "learner.registered";
    public static final String IMPORTED = "learner.imported";
    public static final String IDENTITY_UPDATED = "learner.identity_updated";
    public static final String ACADEMIC_UPDATED = "learner.academic_updated";
    public static final String SKILLS_CHANGED = "learner.skills_changed";
    public static final String BACKGROUND_UPDATED = "learner.background_updated";
    public static final String CAREER_UPDATED = "learner.career_updated";
    public static final String CLAIMED = "learner.claimed";
    /** An advisor took an unclaimed profile out of claims as a duplicate. */
    public static final String DETACHED = "learner.detached";
    /** An advisor retired an unclaimed duplicate into the profile kept. */
    public static final String MERGED = "learner.merged";

    private LearnerEvents() {
    }
}
