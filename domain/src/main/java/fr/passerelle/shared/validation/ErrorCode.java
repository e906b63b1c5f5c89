package fr.passerelle.shared.validation;

/** Machine-readable reason of a business-rule violation; clients switch on it, people read the message. */
public enum ErrorCode {
    /** A required value is missing or blank. */
    REQUIRED,
    /** A value has the wrong form (an e-mail, a SIRET, a URL…). */
    INVALID,
    /** A text is longer than allowed. */
    TOO_LONG,
    /** A number or a list is outside its allowed range. */
    OUT_OF_RANGE,
    /** Another object already holds this unique value. */
    DUPLICATE,
    /**
     * The object changed since the version the client read (on {@code expectedVersion}), or changed so often at once
     * that a change without a version could not be kept (on no field).
     */
    STALE_VERSION,
    /** The action is not allowed in the object's current state. */
    INVALID_STATE,
    /** A rule of law refuses it; the message names the rule and the article it applies. */
    LEGAL_RULE
}
