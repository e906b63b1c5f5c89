package fr.passerelle.privacy.model;

import fr.passerelle.shared.model.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stand-in for an erased person in the records others keep (an audit entry's actor, an offer's author). It is a
 * one-way digest of the person's first key, so what one person left stays linked together ("the same erased actor")
 * while naming no one, and the same person gets the same pseudonym from every feature and every replay.
 */
public final class Pseudonyms {

    public static final String PREFIX = "erased-";

    private Pseudonyms() {
    }

    /** The person's pseudonym: derived from their account when they have one, else their first profile or address. */
    public static String of(DataSubject person) {
        if (person.subject() != null) {
            return ofSubject(person.subject());
        }
        if (!person.learnerIds().isEmpty()) {
            return PREFIX + digest("learner:" + person.learnerIds().stream().sorted().findFirst().orElseThrow());
        }
        return PREFIX + digest("email:" + person.emails().stream().map(EmailAddress::value).sorted().findFirst()
                .orElseThrow());
    }

    /** The pseudonym of the person with this account. */
    public static String ofSubject(String subject) {
        return PREFIX + digest("subject:" + subject);
    }

    /** A one-way digest of a key, as the erasure tombstone stores it. */
    public static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
