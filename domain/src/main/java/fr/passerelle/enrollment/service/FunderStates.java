package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.FunderRequestState;
import fr.passerelle.enrollment.port.out.FolderState;
import fr.passerelle.enrollment.port.out.FunderState;
import fr.passerelle.enrollment.port.out.OpcoRequestState;
import fr.passerelle.enrollment.port.out.QuoteState;

/**
 * A funder's state as the funding's request state. What happens after the funder agreed (the training account's
 * entry, exit and service done, the OPCO's payment) is the training's and the payments' business: the request stays
 * agreed.
 */
final class FunderStates {

    private FunderStates() {
    }

    static FunderRequestState of(FunderState state) {
        if (state instanceof FolderState folder) {
            return folder(folder);
        }
        if (state instanceof QuoteState quote) {
            return switch (quote) {
                case FILED -> FunderRequestState.REQUESTED;
                case ACCEPTED -> FunderRequestState.ACCEPTED;
                case REFUSED -> FunderRequestState.REFUSED;
                case EXPIRED -> FunderRequestState.EXPIRED;
            };
        }
        if (state instanceof OpcoRequestState request) {
            return switch (request) {
                case SUBMITTED, UNDER_REVIEW -> FunderRequestState.REQUESTED;
                case AGREED, ATTENDANCE_PROVED, PAID -> FunderRequestState.ACCEPTED;
                case REFUSED -> FunderRequestState.REFUSED;
            };
        }
        throw new IllegalArgumentException("not a funder's state: " + state);
    }

    private static FunderRequestState folder(FolderState state) {
        return switch (state) {
            // Validated is the organisation's answer on its way: the holder waits once the proposal reaches them.
            case NOT_PROCESSED, VALIDATED -> FunderRequestState.REQUESTED;
            case WAITING_FOR_ACCEPTANCE -> FunderRequestState.WAITING_HOLDER;
            case ACCEPTED, IN_TRAINING, TERMINATED, SERVICE_DONE_DECLARED, SERVICE_DONE_VALIDATED ->
                    FunderRequestState.ACCEPTED;
            case CANCELLED_BY_HOLDER, CANCELLED_BY_ORGANISATION, CANCELLED_BY_PLATFORM -> FunderRequestState.CANCELLED;
            case REFUSED_BY_HOLDER, REFUSED_BY_ORGANISATION -> FunderRequestState.REFUSED;
        };
    }
}
