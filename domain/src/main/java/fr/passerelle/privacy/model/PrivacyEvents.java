package fr.passerelle.privacy.model;

/** Event types of the privacy feature: every step of a data-subject request is audited through them. */
public final class PrivacyEvents {

    public static final String REQUEST_RECEIVED = "privacy.request_received";
    public static final String REQUEST_ERASED = "privacy.request_erased";

    private PrivacyEvents() {
    }
}
