package fr.passerelle.agreement.model;

/** The events of agreements and their follow-up. */
public final class AgreementEvents {

    public static final String CREATED = "agreement.created";
    public static final String EDITED = "agreement.edited";
    public static final String SUBMITTED = "agreement.submitted";
    public static final String RETURNED_TO_DRAFT = "agreement.returned_to_draft";
    public static final String SENT_FOR_SIGNATURE = "agreement.sent_for_signature";
    /** A signature that did not complete the circuit. */
    public static final String SIGNATURE_ADDED = "agreement.signature_added";
    /** The last signature: the agreement binds its parties; its follow-up opens. */
    public static final String SIGNED = "agreement.signed";
    public static final String DELEGATED = "agreement.delegated";
    public static final String STATUS_CHANGED = "agreement.status_changed";
    public static final String AMENDMENT_PROPOSED = "agreement.amendment_proposed";
    public static final String AMENDMENT_SIGNED = "agreement.amendment_signed";
    public static final String AMENDMENT_WITHDRAWN = "agreement.amendment_withdrawn";
    public static final String FOLLOW_UP_OPENED = "followup.opened";
    public static final String FOLLOW_UP_CHANGED = "followup.changed";
    public static final String EVALUATION_LINK_ISSUED = "followup.evaluation_link_issued";
    public static final String EVALUATION_GIVEN = "followup.evaluation_given";
    public static final String ATTESTATION_ISSUED = "followup.attestation_issued";

    private AgreementEvents() {
    }
}
