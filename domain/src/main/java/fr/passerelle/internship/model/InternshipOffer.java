package fr.passerelle.internship.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An internship or apprenticeship offer of one company: draft → published → filled / closed / expired. Once
 * published, its essential terms change only through a new terms version, so nobody applies to terms that later
 * change under them unnoticed.
 *
 * @param termsVersion           1 for the terms first published, incremented by each revision of the essential
 *                               terms
 * @param acceptedApplicationIds the applications that took a position, in order: the offer is filled when there
 *                               are {@code terms.positions()} of them. Keeping the ids rather than a count makes taking
 *                               a position idempotent, so an accept that is retried never takes two.
 */
public record InternshipOffer(String id, String companyId, OfferTerms terms, OfferStatus status, int termsVersion,
                              List<String> acceptedApplicationIds, String createdBy, Instant createdAt,
                              Instant updatedAt, Instant publishedAt, long version) implements Aggregate {

    public InternshipOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        acceptedApplicationIds = List.copyOf(acceptedApplicationIds);
    }

    public static InternshipOffer draft(String id, String companyId, OfferTerms terms, String createdBy, Instant now) {
        return new InternshipOffer(id, companyId, terms, OfferStatus.DRAFT, 1, List.of(), createdBy, now, now, null,
                0);
    }

    public int positionsFilled() {
        return acceptedApplicationIds.size();
    }

    /**
     * The status as of today: a published offer whose start date passed is expired even before anything stored
     * it, so nobody applies to it (the stored status catches up at the offer's next change).
     */
    public OfferStatus statusOn(LocalDate today) {
        return expiredOn(today, updatedAt).status();
    }

    /**
     * New terms. A draft takes them as they are; a published offer too when its essential terms stay the same,
     * otherwise the terms get a new version. A filled, closed or expired offer is history and changes no more.
     */
    public InternshipOffer withTerms(OfferTerms newTerms, Instant now) {
        if (newTerms.equals(terms)) {
            return this;
        }
        requireStatus("error.offer.state.edit", OfferStatus.DRAFT, OfferStatus.PUBLISHED);
        if (newTerms.positions() < positionsFilled()) {
            throw BusinessRuleViolation.of("positions", ErrorCode.OUT_OF_RANGE,
                    "error.offer.positions-below-filled", positionsFilled());
        }
        return new InternshipOffer(id, companyId, newTerms, status,
                revisesEssentials(newTerms) ? termsVersion + 1 : termsVersion,
                acceptedApplicationIds, createdBy, createdAt, now, publishedAt, version);
    }

    /** Whether {@link #withTerms} to these terms makes a new terms version. */
    public boolean revisesEssentials(OfferTerms newTerms) {
        return status == OfferStatus.PUBLISHED && !newTerms.essentials().equals(terms.essentials());
    }

    /** Publishes a draft; publishing again is harmless. Vetting of the company is the service's check. */
    public InternshipOffer published(LocalDate today, Instant now) {
        if (status == OfferStatus.PUBLISHED) {
            return this;
        }
        requireStatus("error.offer.state.publish", OfferStatus.DRAFT);
        if (terms.startDate().isBefore(today)) {
            throw BusinessRuleViolation.of("startDate", ErrorCode.INVALID_STATE,
                    "error.offer.start-past");
        }
        return new InternshipOffer(id, companyId, terms, OfferStatus.PUBLISHED, termsVersion, acceptedApplicationIds,
                createdBy, createdAt, now, now, version);
    }

    public InternshipOffer closed(Instant now) {
        if (status == OfferStatus.CLOSED) {
            return this;
        }
        requireStatus("error.offer.state.close", OfferStatus.DRAFT, OfferStatus.PUBLISHED);
        return withStatus(OfferStatus.CLOSED, now);
    }

    /** A published offer whose start date has passed expires; others are returned unchanged. */
    public InternshipOffer expiredOn(LocalDate today, Instant now) {
        return status == OfferStatus.PUBLISHED && terms.startDate().isBefore(today)
                ? withStatus(OfferStatus.EXPIRED, now) : this;
    }

    /**
     * Takes one position for an accepted application; the last one fills the offer. The same application taking
     * its position again changes nothing (a retried accept).
     */
    public InternshipOffer withPositionTaken(String applicationId, Instant now) {
        if (acceptedApplicationIds.contains(applicationId)) {
            return this;
        }
        requireStatus("error.offer.state.fill", OfferStatus.PUBLISHED);
        List<String> accepted = new ArrayList<>(acceptedApplicationIds);
        accepted.add(applicationId);
        OfferStatus next = accepted.size() >= terms.positions() ? OfferStatus.FILLED : OfferStatus.PUBLISHED;
        return new InternshipOffer(id, companyId, terms, next, termsVersion, accepted, createdBy, createdAt, now,
                publishedAt, version);
    }

    /**
     * Gives back the position an application took (its acceptance could not be recorded): a filled offer opens
     * again. An application that holds no position changes nothing.
     */
    public InternshipOffer withPositionReleased(String applicationId, Instant now) {
        if (!acceptedApplicationIds.contains(applicationId)) {
            return this;
        }
        List<String> accepted = new ArrayList<>(acceptedApplicationIds);
        accepted.remove(applicationId);
        OfferStatus next = status == OfferStatus.FILLED ? OfferStatus.PUBLISHED : status;
        return new InternshipOffer(id, companyId, terms, next, termsVersion, accepted, createdBy, createdAt, now,
                publishedAt, version);
    }

    public int positionsLeft() {
        return terms.positions() - positionsFilled();
    }

    private InternshipOffer withStatus(OfferStatus next, Instant now) {
        return new InternshipOffer(id, companyId, terms, next, termsVersion, acceptedApplicationIds, createdBy, createdAt,
                now, publishedAt, version);
    }

    /** @param key the sentence saying what cannot be done in the current status */
    private void requireStatus(String key, OfferStatus... allowed) {
        for (OfferStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                key, status);
    }
}
