package fr.passerelle.agreement.port.in;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.IssuedDocument;
import fr.passerelle.membership.model.Actor;
import java.util.Optional;

/** The signed originals the platform issues, and their public verification. */
public interface DocumentVerificationUseCases {

    /**
     * The signed original of a signed agreement's version (the signed version when null), issued now if the
     * {@code agreement.signed} event has not done it yet. Empty for an agreement the actor may not read, one not
     * signed, or another version.
     */
    Optional<ArchivedDocument> signedOriginal(Actor actor, String agreementId, Integer documentVersion);

    /** What the platform issued with this SHA-256 (hex, any case); empty for anything it did not issue. */
    Optional<IssuedDocument> verify(String sha256);

    /** {@link #verify(String)} for the file itself. */
    Optional<IssuedDocument> verify(byte[] document);
}
