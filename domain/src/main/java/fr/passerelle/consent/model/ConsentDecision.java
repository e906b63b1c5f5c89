package fr.passerelle.consent.model;

/** One entry's direction: the person agreed, or took their agreement back. */
public enum ConsentDecision {
    GRANTED,
    WITHDRAWN
}
