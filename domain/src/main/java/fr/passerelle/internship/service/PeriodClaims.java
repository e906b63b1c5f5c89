package fr.passerelle.internship.service;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.learner.model.AcceptanceClaims;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learner holds at most one accepted application per period, however many offers they accept at once: before
 * taking a position, an accept claims the offer's period on the learner's {@link AcceptanceClaims} by a
 * compare-and-swap, which refuses to overlap a claim that still holds. Of simultaneous accepts for overlapping
 * periods exactly one claims; the others are refused on their next look.
 *
 * <p>A claim holds while its application is accepted, and for {@link #PENDING} while its accept is under way. A claim
 * whose accept failed is released; one whose accept never completed (a crash) expires after {@link #PENDING}; both,
 * and claims of periods long ended, are dropped by the next claim, so the list stays small.
 */
final class PeriodClaims {

    /** Far longer than any accept takes (the API's execution timeout is seconds). */
    static final Duration PENDING = Duration.ofMinutes(2);

    private final Learners learners;
    private final Applications applications;
    private final Clock clock;

    PeriodClaims(Learners learners, Applications applications, Clock clock) {
        this.learners = learners;
        this.applications = applications;
        this.clock = clock;
    }

    /**
     * Claims the period for the application; a claim it already holds (a retried accept) is kept as it is.
     *
     * @throws BusinessRuleViolation on {@code id} when another accepted (or being accepted) application of the
     *                               learner overlaps the period
     */
    void claim(Application application, DateRange period) {
        versioned(application.learnerId()).apply(null, claims -> {
            if (claims.of(application.id()).isPresent()) {
                return claims;
            }
            List<AcceptanceClaims.Claim> overlapping = claims.overlapping(period, application.id());
            Set<String> holding = holding(overlapping);
            overlapping.stream().filter(claim -> holding.contains(claim.applicationId())).findFirst()
                    .ifPresent(claim -> {
                        throw BusinessRuleViolation.of("id", ErrorCode.INVALID_STATE, "error.application.overlapping-internship", claim.period().start(), claim.period().end());
                    });
            Set<String> lapsed = overlapping.stream().map(AcceptanceClaims.Claim::applicationId)
                    .filter(id -> !holding.contains(id)).collect(Collectors.toSet());
            LocalDate today = PlatformCalendar.today(clock);
            return claims.with(new AcceptanceClaims.Claim(application.id(), period, clock.instant()),
                    claim -> lapsed.contains(claim.applicationId()) || claim.period().end().isBefore(today));
        });
    }

    /** Gives the application's claim back after its accept failed, unless it is accepted after all (a retry won). */
    void release(Application application) {
        versioned(application.learnerId()).apply(null, claims -> claims.of(application.id()).isEmpty()
                || accepted(application.id()) ? claims : claims.without(application.id()));
    }

    private VersionedChange<AcceptanceClaims> versioned(String learnerId) {
        return new VersionedChange<>(() -> learners.acceptanceClaims(learnerId), AcceptanceClaims::revision,
                (before, after) -> learners.saveAcceptanceClaims(after));
    }

    /** Which of these claims still hold: their application is accepted, or their accept is recent (one read). */
    private Set<String> holding(List<AcceptanceClaims.Claim> claims) {
        Instant pendingSince = clock.instant().minus(PENDING);
        Set<String> pending = claims.stream().filter(claim -> claim.claimedAt().isAfter(pendingSince))
                .map(AcceptanceClaims.Claim::applicationId).collect(Collectors.toSet());
        List<String> settled = claims.stream().map(AcceptanceClaims.Claim::applicationId)
                .filter(id -> !pending.contains(id)).toList();
        Set<String> holding = new HashSet<>(pending);
        if (!settled.isEmpty()) {
            applications.findAllById(settled).stream().filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                    .map(Application::id).forEach(holding::add);
        }
        return holding;
    }

    private boolean accepted(String applicationId) {
        return applications.findById(applicationId).filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .isPresent();
    }
}
