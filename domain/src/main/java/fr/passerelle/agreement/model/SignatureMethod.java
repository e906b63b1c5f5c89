package fr.passerelle.agreement.model;

/** How a signature was given. */
public enum SignatureMethod {
    /** Signed on the platform or through an electronic-signature provider. */
    ELECTRONIC,
    /** Signed on paper; the scanned copy is kept and its hash recorded. */
    PAPER
}
