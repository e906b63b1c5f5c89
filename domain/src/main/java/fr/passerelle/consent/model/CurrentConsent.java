package fr.passerelle.consent.model;

import java.util.Objects;

/**
 * Where a person stands on one purpose: the ledger's latest entry for it, or — with no entry at all — not granted
 * (consent is never presumed: silence is no consent, GDPR recital 32).
 *
 * @param latest the entry that decides it, or null when the person never decided
 */
public record CurrentConsent(String subject, ConsentPurpose purpose, ConsentRecord latest) {

    public CurrentConsent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
    }

    public boolean granted() {
        return latest != null && latest.granted();
    }
}
