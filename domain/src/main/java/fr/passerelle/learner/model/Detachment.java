package fr.passerelle.learner.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Why an unclaimed profile no longer matches a claim: an advisor or platform admin took it out because it duplicates
 * someone's profile (any school can import any address, so a row of another school could otherwise block or take the
 * person's claim). The e-mail stays on the profile as the school's contact data.
 *
 * @param mergedInto the profile it was merged into, which then stands for it (the duplicate is also left out of
 *                   rosters and matching, and kept for the audit trail); null when it was only detached
 * @param reason     why, as the advisor wrote it
 * @param by         the token subject of who did it
 */
public record Detachment(String mergedInto, String reason, String by, Instant at) {

    public Detachment {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    public boolean isMerge() {
        return mergedInto != null;
    }
}
