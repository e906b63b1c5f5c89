package fr.passerelle.internship.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An internship or apprenticeship offer of one company: draft → published → filled / closed / expired. Once
 * published, its essential terms change only through a new terms version, so nobody applies to terms that later
 * change under them unnoticed.
 *
 * @param termsVersion    1 for the terms first published, incremented by each revision of the essential terms
 * @param positionsFilled positions taken by accepted applications; the offer is filled when it reaches
 *                        {@code terms.positions()}
 */
public record InternshipOffer(String id, String companyId, OfferTerms terms, OfferStatus status, int termsVersion,
                              int positionsFilled, String createdBy, Instant createdAt, Instant updatedAt,
                              Instant publishedAt, long version) implements Aggregate {

    public InternshipOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
    }

    public static InternshipOffer draft(String id, String companyId, OfferTerms terms, String createdBy, Instant now) {
        return new InternshipOffer(id, companyId, terms, OfferStatus.DRAFT, 1, 0, createdBy, now, now, null, 0);
    }

    /**
     * New terms. A draft takes them as they are; a published offer too when its essential terms stay the same,
     * otherwise the terms get a new version. A filled, closed or expired offer is history and changes no more.
     */
    public InternshipOffer withTerms(OfferTerms newTerms, Instant now) {
        if (newTerms.equals(terms)) {
            return this;
        }
        requireStatus("edited", OfferStatus.DRAFT, OfferStatus.PUBLISHED);
        if (newTerms.positions() < positionsFilled) {
            throw BusinessRuleViolation.of("positions", ErrorCode.OUT_OF_RANGE,
                    "cannot be less than the " + positionsFilled + " positions already filled");
        }
        return new InternshipOffer(id, companyId, newTerms, status,
                revisesEssentials(newTerms) ? termsVersion + 1 : termsVersion,
                positionsFilled, createdBy, createdAt, now, publishedAt, version);
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
        requireStatus("published", OfferStatus.DRAFT);
        if (terms.startDate().isBefore(today)) {
            throw BusinessRuleViolation.of("startDate", ErrorCode.INVALID_STATE,
                    "is past: move the start date before publishing");
        }
        return new InternshipOffer(id, companyId, terms, OfferStatus.PUBLISHED, termsVersion, positionsFilled,
                createdBy, createdAt, now, now, version);
    }

    public InternshipOffer closed(Instant now) {
        if (status == OfferStatus.CLOSED) {
            return this;
        }
        requireStatus("closed", OfferStatus.DRAFT, OfferStatus.PUBLISHED);
        return withStatus(OfferStatus.CLOSED, now);
    }

    /** A published offer whose start date has passed expires; others are returned unchanged. */
    public InternshipOffer expiredOn(LocalDate today, Instant now) {
        return status == OfferStatus.PUBLISHED && terms.startDate().isBefore(today)
                ? withStatus(OfferStatus.EXPIRED, now) : this;
    }

    /** Takes one position for an accepted application; the last one fills the offer. */
    public InternshipOffer withPositionTaken(Instant now) {
        requireStatus("given a new intern", OfferStatus.PUBLISHED);
        int filled = positionsFilled + 1;
        OfferStatus next = filled >= terms.positions() ? OfferStatus.FILLED : OfferStatus.PUBLISHED;
        return new InternshipOffer(id, companyId, terms, next, termsVersion, filled, createdBy, createdAt, now,
                publishedAt, version);
    }

    public int positionsLeft() {
        return terms.positions() - positionsFilled;
    }

    private InternshipOffer withStatus(OfferStatus next, Instant now) {
        return new InternshipOffer(id, companyId, terms, next, termsVersion, positionsFilled, createdBy, createdAt,
                now, publishedAt, version);
    }

    private void requireStatus(String action, OfferStatus... allowed) {
        for (OfferStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                "is " + status + ": the offer cannot be " + action);
    }
}
