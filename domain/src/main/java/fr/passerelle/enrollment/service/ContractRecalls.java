package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import java.time.Clock;
import java.util.Map;

/**
 * Takes back the unsigned contract of a cancelled enrollment ({@code trainingContract.recalled}): the links its
 * notices carry stop signing, so nobody signs (and is charged) for a training they left. A signed contract stays as it
 * is: its withdrawal and refunds are the cancellation's business.
 */
public class ContractRecalls implements EventSubscriber {

    private final TrainingContracts contracts;
    private final EventFactory events;
    private final Clock clock;

    public ContractRecalls(TrainingContracts contracts, EventFactory events, Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrollment-contract-recalls";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(EnrollmentEvents.ENROLLMENT_CANCELLED);
    }

    @Override
    public void on(DomainEvent event) {
        contracts.findById(event.aggregateId()).filter(c -> !c.signed() && c.signing().out()).ifPresent(contract -> {
            TrainingContract recalled = contract.recalled(clock.instant());
            contracts.update(recalled, events.changed(EnrollmentEvents.CONTRACT_RECALLED, Initiator.system(),
                    contract, recalled, Map.of(EnrollmentEvents.SCHOOL_ID, contract.schoolId(),
                            EnrollmentEvents.ENROLLMENT_ID, contract.enrollmentId(), EnrollmentEvents.DOCUMENT_VERSION,
                            String.valueOf(contract.signing().documentVersion()))));
        });
    }
}
