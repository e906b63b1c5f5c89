package fr.passerelle.audit.service;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;

/** Records every domain event in the audit trail; idempotent because an entry is keyed by its event. */
public class AuditRecorder implements EventSubscriber {

    private final AuditTrail trail;

    public AuditRecorder(AuditTrail trail) {
        this.trail = trail;
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
        trail.append(AuditEntry.of(event));
    }
}
