package fr.passerelle.agreement.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An amendment (avenant) to a signed agreement: the new terms it proposes, signed through its own circuit. Every
 * party of the agreement sees it; once signed its terms replace the agreement's.
 *
 * @param number 1 for the first amendment of the agreement
 * @param reason what changes and why, in the parties' words
 */
public record Amendment(String id, int number, String reason, AgreementTerms terms, AmendmentStatus status,
                        SignedDocument signing, String proposedBy, Instant proposedAt) {

    public Amendment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signing, "signing");
    }

    Amendment with(AmendmentStatus next, SignedDocument nextSigning) {
        return new Amendment(id, number, reason, terms, next, nextSigning, proposedBy, proposedAt);
    }

    /** Where an amendment stands. */
    public enum AmendmentStatus {
        /** Its signing circuit is running. */
        OUT_FOR_SIGNATURE,
        /** Everyone signed: its terms are the agreement's. */
        SIGNED,
        /** Withdrawn before it was signed. */
        WITHDRAWN
    }
}
