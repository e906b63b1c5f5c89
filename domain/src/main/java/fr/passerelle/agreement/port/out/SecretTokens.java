package fr.passerelle.agreement.port.out;

/** Unguessable tokens for links sent to people without an account. */
public interface SecretTokens {

    /** At least 256 random bits, URL-safe. */
    String newToken();
}
