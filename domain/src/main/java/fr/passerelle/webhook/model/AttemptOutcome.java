package fr.passerelle.webhook.model;

/** How one attempt to deliver a message ended. */
public enum AttemptOutcome {
    /** The receiver answered 2xx. */
    SUCCEEDED,
    /** The receiver answered another status. */
    HTTP_ERROR,
    /** No answer within the timeout. */
    TIMEOUT,
    /** No connection (unknown host, refused, reset, TLS failure). */
    NETWORK_ERROR,
    /** The address resolved to a network the platform does not call (loopback, private, link-local, metadata). */
    ADDRESS_REFUSED
}
