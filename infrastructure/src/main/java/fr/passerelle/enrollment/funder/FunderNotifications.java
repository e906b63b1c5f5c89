package fr.passerelle.enrollment.funder;

import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FunderState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The state-change notifications a fake funder sends, each with the id the real service would give it (the record's
 * reference, its state and the change's rank, so the same change always has the same id). Kept so that tests and dev
 * can replay them, as a service redelivers what it thinks was not received.
 */
final class FunderNotifications {

    private final FundingEvents listener;
    private final List<FundingStatusChanged> sent = new ArrayList<>();

    FunderNotifications(FundingEvents listener) {
        this.listener = listener;
    }

    void changed(String reference, FunderState state, Instant at) {
        FundingStatusChanged event = new FundingStatusChanged(reference + ":" + sent.size() + ":" + state.name(),
                reference, state, at);
        sent.add(event);
        listener.statusChanged(event);
    }

    /** Delivers every notification sent so far once more, oldest first. */
    void redeliverAll() {
        List.copyOf(sent).forEach(listener::statusChanged);
    }

    List<FundingStatusChanged> sent() {
        return List.copyOf(sent);
    }
}
