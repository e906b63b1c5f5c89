package fr.passerelle.shared.validation;

/** Input size limits shared by every feature, so the same kind of text is bounded the same way everywhere. */
public final class Limits {

    public static final int NAME = 200;
    public static final int SHORT_TEXT = 80;
    public static final int CODE = 40;
    public static final int LONG_TEXT = 2_000;
    public static final int URL = 2_048;
    /** Bounded lists keep documents far below MongoDB's 16 MB limit and responses small. */
    public static final int LIST = 50;
    /** The most people one event notifies: an organisation's members, read in one bounded query. */
    public static final int FAN_OUT = 1_000;
    /**
     * Planned dates (internships, offers, interviews, availability, follow-ups, and filters over them) fall within
     * this many years of today, before or after: see {@link DateWindow#plans}.
     */
    public static final int PLAN_YEARS = 10;
    /** A person's past goes back at most this many years (birth, certifications, experience): {@link DateWindow#past}. */
    public static final int LIFETIME_YEARS = 100;

    private Limits() {
    }
}
