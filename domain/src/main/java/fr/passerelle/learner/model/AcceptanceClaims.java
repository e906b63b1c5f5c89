package fr.passerelle.learner.model;

import fr.passerelle.shared.model.DateRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The periods a learner has claimed by accepting offers, kept with their profile so that a learner holds at most one
 * accepted application per period even when they accept several offers at the very same moment: each accept first
 * adds its claim by a compare-and-swap on {@code revision}, which refuses to overlap a claim that still holds.
 * Claims are a lock beside the profile, not part of it: writing them changes neither the profile nor its version.
 *
 * @param revision bumped by every write of the claims; 0 when the learner never claimed anything
 */
public record AcceptanceClaims(String learnerId, List<Claim> claims, long revision) {

    /**
     * @param applicationId the application being (or having been) accepted
     * @param period        the offer's period, from its start to its end date
     * @param claimedAt     when the accept began, so a claim its accept never completed can expire
     */
    public record Claim(String applicationId, DateRange period, Instant claimedAt) {

        public Claim {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(claimedAt, "claimedAt");
        }
    }

    public AcceptanceClaims {
        Objects.requireNonNull(learnerId, "learnerId");
        claims = List.copyOf(claims);
    }

    public static AcceptanceClaims none(String learnerId) {
        return new AcceptanceClaims(learnerId, List.of(), 0);
    }

    public Optional<Claim> of(String applicationId) {
        return claims.stream().filter(claim -> claim.applicationId().equals(applicationId)).findFirst();
    }

    /** The claims of other applications whose period overlaps this one. */
    public List<Claim> overlapping(DateRange period, String applicationId) {
        return claims.stream().filter(claim -> !claim.applicationId().equals(applicationId)
                && claim.period().overlaps(period)).toList();
    }

    /** These claims, less those {@code dropped} selects, plus {@code claim}; the revision is the one read. */
    public AcceptanceClaims with(Claim claim, Predicate<Claim> dropped) {
        List<Claim> kept = new ArrayList<>(claims.stream().filter(dropped.negate()).toList());
        kept.add(claim);
        return new AcceptanceClaims(learnerId, kept, revision);
    }

    /** These claims without the application's; the very same object when it holds none. */
    public AcceptanceClaims without(String applicationId) {
        return of(applicationId).isEmpty() ? this : new AcceptanceClaims(learnerId,
                claims.stream().filter(claim -> !claim.applicationId().equals(applicationId)).toList(), revision);
    }
}
