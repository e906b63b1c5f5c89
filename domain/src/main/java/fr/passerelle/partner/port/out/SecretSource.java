package fr.passerelle.partner.port.out;

/** Unguessable values: client ids and secrets (a port, so tests can know the secrets they are given). */
public interface SecretSource {

    /** A new client id, e.g. {@code pc_} and 16 random hexadecimal digits; public, but never reused. */
    String newClientId();

    /** A new secret of at least 256 random bits, in URL-safe characters. */
    String newSecret();
}
