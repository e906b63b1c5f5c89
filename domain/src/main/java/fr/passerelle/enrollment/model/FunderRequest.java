package fr.passerelle.enrollment.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The request of one funder line: its state at the funder, and what the funder's side needs and answered. The line's
 * amount and the funder's reference (folder, quote or request number) are on the plan's line.
 *
 * @param attempt      how many times the line was reset: part of the gateways' idempotency keys, so a retry of the
 *                     same request answers the same filing and a request after a reset files a new one
 * @param accountId    the learner's or employer's identifier at the funder where it needs one: France Travail's
 *                     job-seeker identifier, the employer's SIRET for an OPCO; null otherwise
 * @param answerBy     the day the funder (or, for the training account, the organisation then the holder) must
 *                     answer by; null when none is known
 * @param requestedAt  when it was filed; null before
 * @param answeredAt   when the funder agreed, refused or cancelled; null before
 * @param refusalReason the funder's reason code (France Travail's {@code QuoteRefusal}, the folder's cancelling
 *                      state…) when it failed
 */
public record FunderRequest(FundingSource source, FunderRequestState state, int attempt, String accountId,
                            LocalDate answerBy, Instant requestedAt, Instant answeredAt, String refusalReason) {

    public FunderRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
    }

    static FunderRequest notRequested(FundingSource source, int attempt, String accountId) {
        return new FunderRequest(source, FunderRequestState.NOT_REQUESTED, attempt, accountId, null, null, null, null);
    }

    /** The same line asked again from scratch: the funder's earlier answer no longer applies. */
    FunderRequest reset(String newAccountId) {
        return notRequested(source, attempt + 1, newAccountId);
    }

    FunderRequest filed(FunderRequestState filedState, LocalDate deadline, Instant now) {
        return new FunderRequest(source, filedState, attempt, accountId, deadline, now, null, null);
    }

    FunderRequest moved(FunderRequestState next, LocalDate deadline, String reason, Instant at) {
        boolean answered = next == FunderRequestState.ACCEPTED || next.isFailed();
        return new FunderRequest(source, next, attempt, accountId, answered ? answerBy : deadline,
                requestedAt, answered ? at : null, next.isFailed() ? reason : null);
    }

    /** The key a gateway command for this line carries: the same for a retry, new after a reset. */
    public String idempotencyKey(String enrollmentId, String command) {
        return "funding:" + enrollmentId + ":" + source + ":" + attempt + ":" + command;
    }
}
