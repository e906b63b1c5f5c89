package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.FunderRequestState;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.FranceTravailQuote;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.enrollment.port.out.QuoteState;
import fr.passerelle.enrollment.port.out.TrainingAccountFolder;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.LocalDate;
import java.util.List;

/**
 * Applies the funders' notifications to the fundings: the line holding the notified reference moves to the funder's
 * state, with the deadline the funder now sets (the holder's 4 working days) and the reason of a refusal. Delivery is
 * at least once and may be out of order: a request only moves forward ({@link FunderRequestState#precedes}), so a
 * notification applied already, an older one, or one about a line reset since changes nothing and records nothing.
 * The event recorded says what the change means: {@code funding.refused} (a funder refused, cancelled — the
 * platform's automatic cancellation included — or let the quote expire), {@code funding.secured} (the last funder
 * agreed), else {@code funding.changed}; the platform is its initiator.
 */
public class FundingListener implements FundingEvents {

    private static final System.Logger LOG = System.getLogger(FundingListener.class.getName());

    private final Fundings fundings;
    private final TrainingAccountGateway trainingAccount;
    private final FranceTravailGateway franceTravail;
    private final EventFactory events;

    public FundingListener(Fundings fundings, TrainingAccountGateway trainingAccount,
                           FranceTravailGateway franceTravail, EventFactory events) {
        this.fundings = fundings;
        this.trainingAccount = trainingAccount;
        this.franceTravail = franceTravail;
        this.events = events;
    }

    @Override
    public void statusChanged(FundingStatusChanged event) {
        String reference = event.funderReference();
        FunderRequestState state = FunderStates.of(event.state());
        List<Funding> found = fundings.findByFunderReference(reference, 2);
        if (found.size() != 1) {
            // A reference is unique per funding (the store's unique key): none is a reference no funding holds any
            // more; more would be a store without that key, and applying to all would cross schools.
            LOG.log(found.isEmpty() ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING,
                    "Funder notification for a reference held by {0} fundings: ignored", found.size());
            return;
        }
        apply(found.get(0), reference, state, event);
    }

    private void apply(Funding found, String reference, FunderRequestState state, FundingStatusChanged event) {
        new VersionedChange<>(() -> fundings.findById(found.id()).orElse(found), Funding::version,
                (before, after) -> fundings.update(after, events.changed(FundingAttributes.typeOf(
                        EnrollmentEvents.FUNDING_CHANGED, before, after), Initiator.system(), before, after,
                        FundingAttributes.of(before, after))))
                .apply(null, funding -> funding.answered(reference, state, deadline(funding, reference, state),
                        reason(funding, reference, event), event.occurredAt()));
    }

    /** The holder's deadline to accept, once the training account's proposal waits for them. */
    private LocalDate deadline(Funding funding, String reference, FunderRequestState state) {
        if (state != FunderRequestState.WAITING_HOLDER
                || funding.sourceOf(reference).filter(s -> s == FundingSource.TRAINING_ACCOUNT).isEmpty()) {
            return null;
        }
        return trainingAccount.folder(reference).map(TrainingAccountFolder::deadline).orElse(null);
    }

    /** France Travail says why it refused; the training account's final state says who cancelled or refused. */
    private String reason(Funding funding, String reference, FundingStatusChanged event) {
        if (!event.state().isFinal() || FunderStates.of(event.state()) == FunderRequestState.ACCEPTED) {
            return null;
        }
        if (event.state() == QuoteState.REFUSED) {
            return franceTravail.quote(reference).map(FranceTravailQuote::refusal).map(Enum::name)
                    .orElse(event.state().name());
        }
        return event.state().name();
    }
}
