package fr.passerelle.catalog.model;

/**
 * The funders' own identifiers of a session, each optional: the training account's (EDOF) action and session ids
 * and France Travail's session number. Funders' gateways quote them.
 */
public record FunderReferences(String trainingAccountActionId, String trainingAccountSessionId,
                               String franceTravailSessionNumber) {

    public static final FunderReferences NONE = new FunderReferences(null, null, null);
}
