package fr.passerelle.api.security;

/** Start-up refuses to run without a way to authenticate callers. */
public class MissingIssuerException extends IllegalStateException {

    public MissingIssuerException() {
        super("No token issuer configured");
    }
}
