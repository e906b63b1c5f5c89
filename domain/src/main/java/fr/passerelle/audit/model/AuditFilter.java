package fr.passerelle.audit.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import java.time.Instant;

/**
 * Narrows the audit trail; every null criterion matches everything.
 *
 * @param organisation matches entries whose initiator acted as a member of, or on behalf of, this organisation
 *                     ({@code school:<id>})
 * @param from         inclusive lower bound of the time of the action
 * @param to           exclusive upper bound
 */
public record AuditFilter(String aggregateType, String aggregateId, String subject, String action,
                          String organisation, Instant from, Instant to) {

    /** This filter, its times checked against {@code window}; a time outside is a {@link BusinessRuleViolation}. */
    public AuditFilter within(DateWindow window) {
        var checks = new Checks();
        checks.instant("from", from, window);
        checks.instant("to", to, window);
        checks.throwIfAny();
        return this;
    }

    public static AuditFilter ofAggregate(String aggregateType, String aggregateId) {
        return new AuditFilter(aggregateType, aggregateId, null, null, null, null, null);
    }
}
