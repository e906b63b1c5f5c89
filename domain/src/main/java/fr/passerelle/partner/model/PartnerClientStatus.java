package fr.passerelle.partner.model;

/** Whether a partner client's tokens are honoured. */
public enum PartnerClientStatus {
    /** Its tokens work, within its scopes. */
    ACTIVE,
    /** Every token it holds is refused, and it gets no new one, until reactivated. */
    SUSPENDED
}
