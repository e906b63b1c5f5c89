package fr.passerelle.internship.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which offers a list may hold, decided by the service from who asks: the board (offers open today), or one
 * company's offers in some statuses. Statuses are read as of {@code today}: a published offer whose start date
 * passed counts as EXPIRED, even before anything stored the expiry.
 *
 * @param companyId     null for the board across companies
 * @param statuses      the statuses listed, as of today
 * @param publishedOnly only offers that were published once (what outsiders see of a company); a draft closed
 *                      without being published is not
 */
public record OfferScope(String companyId, Set<OfferStatus> statuses, LocalDate today, boolean publishedOnly) {

    public OfferScope {
        statuses = Set.copyOf(statuses);
    }

    public static OfferScope board(LocalDate today) {
        return new OfferScope(null, Set.of(OfferStatus.PUBLISHED), today, true);
    }

    public static OfferScope company(String companyId, Set<OfferStatus> statuses, LocalDate today,
                                     boolean publishedOnly) {
        return new OfferScope(companyId, statuses, today, publishedOnly);
    }
}
