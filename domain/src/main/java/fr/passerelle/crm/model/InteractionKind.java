package fr.passerelle.crm.model;

/** How staff and a contact were in touch. */
public enum InteractionKind {
    CALL, EMAIL, MEETING, SMS, VISIT
}
