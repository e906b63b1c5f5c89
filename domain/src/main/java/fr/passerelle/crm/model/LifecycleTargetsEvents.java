package fr.passerelle.crm.model;

/** The event a school's lifecycle target kinds emit when set (attribute {@code schoolId}). */
public final class LifecycleTargetsEvents {

    public static final String CHANGED = "lifecycleTargets.changed";

    private LifecycleTargetsEvents() {
    }
}
