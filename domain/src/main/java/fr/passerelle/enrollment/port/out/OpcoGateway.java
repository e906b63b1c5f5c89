package fr.passerelle.enrollment.port.out;

import java.util.Optional;

/**
 * An OPCO (opérateur de compétences), which pays for its member companies' employees' and apprentices' training: the
 * request is submitted on the OPCO's portal, reviewed, then agreed (possibly for less than asked) or refused; the OPCO
 * pays the agreed amount once the organisation proves attendance. Each OPCO has its own portal and API; one adapter
 * per OPCO, or a composite routing by the employer's OPCO. Changes reach the enrollment through
 * {@link fr.passerelle.enrollment.port.in.FundingEvents}.
 */
public interface OpcoGateway {

    /** @throws FunderRefusedException for a request that cannot be submitted (no amount, no trainee) */
    OpcoFundingRequest submit(OpcoRequestFiling filing, String idempotencyKey);

    /** The request, the OPCO's steps applied once due; empty when the OPCO does not know it. */
    Optional<OpcoFundingRequest> request(String number);

    /** Sends the proof of attendance, which asks the OPCO to pay. From {@link OpcoRequestState#AGREED}. */
    OpcoFundingRequest proveAttendance(String number, String idempotencyKey);
}
