package fr.passerelle.enrollment.port.out;

import java.util.Optional;

/**
 * France Travail's funding of a job seeker's training: the organisation files a quote (devis) for an AIF, a POEI or a
 * POEC; France Travail answers in about 10 days. AIF is the last resort — it completes what no other funding covers
 * and is refused when other funding covers the price or the aid asked exceeds what remains; POEI and POEC (articles
 * L. 6326-1 and L. 6326-3 of the Code du travail) last 400 hours at most (France Travail's rules; for the POEI, its
 * instruction n° 2024-26 of 22 July 2024). A quote still unanswered when the training starts expires. Answers reach the
 * enrollment through {@link fr.passerelle.enrollment.port.in.FundingEvents}.
 */
public interface FranceTravailGateway {

    /**
     * @throws FunderRefusedException when the quote cannot be filed at all (an amount not positive or above the price,
     *                                no hours, a training already started)
     */
    FranceTravailQuote fileQuote(QuoteFiling filing, String idempotencyKey);

    /** The quote, its answer applied once due; empty when France Travail does not know it. */
    Optional<FranceTravailQuote> quote(String number);
}
