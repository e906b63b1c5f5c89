package fr.passerelle.company.model;

import java.time.Instant;

/**
 * The current vetting decision.
 *
 * @param note the advisor's reason (required for a rejection, so the company knows what to fix)
 * @param decidedBy subject of the advisor, null while pending
 */
public record Vetting(VettingStatus status, String note, String decidedBy, Instant decidedAt) {

    public static final Vetting PENDING = new Vetting(VettingStatus.PENDING, null, null, null);
}
