package fr.passerelle.crm.model;

/** Who reached out: the contact ({@code INBOUND}) or the organisation ({@code OUTBOUND}). */
public enum InteractionDirection {
    INBOUND, OUTBOUND
}
