package fr.passerelle.consent.model;

/**
 * How a consent reached the ledger — the proof GDPR art. 7(1) asks the organisation to be able to show. The person
 * acting themself is {@link #SELF_SERVICE} or {@link #ONE_CLICK_UNSUBSCRIBE}; staff recording it on their behalf must
 * say which of the others they witnessed.
 */
public enum ConsentSource {
    /** The person, signed in, in the application. */
    SELF_SERVICE(false),
    /** The person clicked the one-click unsubscribe link of a marketing mail (RFC 8058), without signing in. */
    ONE_CLICK_UNSUBSCRIBE(false),
    /** A signed paper form, kept by the organisation. */
    PAPER_FORM(true),
    /** Said on a phone call with the organisation's staff. */
    PHONE_CALL(true),
    /** Said in person to the organisation's staff. */
    IN_PERSON(true),
    /** Written by the person in an e-mail to the organisation. */
    EMAIL(true);

    private final boolean onBehalf;

    ConsentSource(boolean onBehalf) {
        this.onBehalf = onBehalf;
    }

    /** Whether staff may record a consent from this source for someone else. */
    public boolean onBehalf() {
        return onBehalf;
    }
}
