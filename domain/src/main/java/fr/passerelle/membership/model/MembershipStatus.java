package fr.passerelle.membership.model;

/** An invitation becomes active when the invited person accepts it with a token carrying the same verified e-mail. */
public enum MembershipStatus {
    INVITED,
    ACTIVE
}
