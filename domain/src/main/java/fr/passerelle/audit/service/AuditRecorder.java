package fr.passerelle.audit.service;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.privacy.model.Pseudonyms;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;

/**
 * Records every domain event in the audit trail; idempotent because an entry is keyed by its event. An event whose
 * actor has been erased since (an old event relayed again) is recorded under the actor's pseudonym, as the erasure
 * left their other entries.
 */
public class AuditRecorder implements EventSubscriber {

    private final AuditTrail trail;
    private final ErasedPeople erased;

    public AuditRecorder(AuditTrail trail, ErasedPeople erased) {
        this.trail = trail;
        this.erased = erased;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return true;
    }

    @Override
    public void on(DomainEvent event) {
        AuditEntry entry = AuditEntry.of(event);
        Initiator by = entry.initiator();
        if (by.subject() != null && erased.erased(by.subject())) {
            entry = new AuditEntry(entry.id(), entry.action(), entry.aggregateType(), entry.aggregateId(),
                    entry.aggregateVersion(), new Initiator(Pseudonyms.ofSubject(by.subject()), by.roles(),
                    by.organisation(), by.onBehalfOf(), by.client()), entry.changedFields(), entry.occurredAt());
        }
        trail.append(entry);
    }
}
