package fr.passerelle.crm.model;

/** What came of an interaction. */
public enum InteractionOutcome {
    REACHED, NO_ANSWER, LEFT_MESSAGE, CALLBACK_REQUESTED, NOT_INTERESTED, APPOINTMENT_SET, INFORMATION_SENT
}
