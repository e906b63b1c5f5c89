package fr.passerelle.retention.model;

import fr.passerelle.privacy.model.LegalBasis;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long one data class is kept: {@code activeMonths} in the active base after its trigger, then
 * {@code archiveMonths} in intermediate archiving (kept for a legal duty or a possible dispute, read only by who must),
 * then erased — the CNIL's three-phase life cycle without the final, permanent archive (none of our data has
 * historical value).
 *
 * @param dataClass a data class a provider declares ({@code <feature>.<what>})
 * @param updatedAt when it was last changed (or seeded); who changed it is in the audit trail, which pseudonymises
 *                  erased people, so the policy itself holds no personal data
 */
public record RetentionPolicy(String dataClass, RetentionTrigger trigger, int activeMonths, int archiveMonths,
                              LegalBasis basis, long version, Instant updatedAt) {

    public RetentionPolicy {
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Records whose trigger came before this time have outlived both periods and go at {@code now}. */
    public Instant expiredBefore(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths((long) activeMonths + archiveMonths).toInstant();
    }
}
