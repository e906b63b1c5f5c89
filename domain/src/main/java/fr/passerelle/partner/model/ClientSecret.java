package fr.passerelle.partner.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One secret of a partner client, as stored: only its SHA-256 hash (the secret itself is shown once, when issued).
 * A plain hash suffices, unlike for passwords: secrets are 256 random bits, which no dictionary holds.
 *
 * @param hint      the secret's last four characters, so an admin can tell secrets apart
 * @param expiresAt when it stops working; null while it is the current secret
 */
public record ClientSecret(String hash, String hint, Instant createdAt, Instant expiresAt) {

    public ClientSecret {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static ClientSecret of(String secret, Instant now) {
        return new ClientSecret(hashOf(secret), secret.substring(Math.max(0, secret.length() - 4)), now, null);
    }

    public boolean isValidAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    /** Whether this is the secret given, compared in constant time. */
    public boolean matches(String secret) {
        return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                hashOf(secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** This secret, ending no later than {@code end}. */
    ClientSecret endingBy(Instant end) {
        return expiresAt != null && expiresAt.isBefore(end) ? this : new ClientSecret(hash, hint, createdAt, end);
    }

    static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
