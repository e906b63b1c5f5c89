package fr.passerelle.crm.model;

/** The kinds of organisations that pay for training. */
public enum FunderKind {
    OPCO, FRANCE_TRAVAIL, REGION, OTHER
}
