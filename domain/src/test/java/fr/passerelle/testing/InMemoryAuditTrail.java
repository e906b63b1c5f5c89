package fr.passerelle.testing;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Comparator;
import java.util.Objects;

/**
 * {@link AuditTrail} in memory, honouring the port's contract: appending an entry whose id exists changes nothing,
 * search applies every criterion of the filter and returns the newest first (ties by id, descending). Paging as
 * {@link InMemoryRecords#page} simplifies it.
 */
public class InMemoryAuditTrail extends InMemoryRecords<AuditEntry> implements AuditTrail {

    private static final Comparator<AuditEntry> NEWEST_FIRST =
            Comparator.comparing(AuditEntry::occurredAt).thenComparing(AuditEntry::id).reversed();

    public InMemoryAuditTrail() {
        super(AuditEntry::id);
    }

    @Override
    public void append(AuditEntry entry) {
        addIfAbsent(entry);
    }

    @Override
    public Page<AuditEntry> search(AuditFilter filter, Paging paging) {
        return page(entry -> matches(filter, entry), NEWEST_FIRST, AuditEntry::occurredAt, paging);
    }

    private static boolean matches(AuditFilter filter, AuditEntry entry) {
        return matches(filter.aggregateType(), entry.aggregateType())
                && matches(filter.aggregateId(), entry.aggregateId())
                && matches(filter.subject(), entry.initiator().subject())
                && matches(filter.action(), entry.action())
                && (filter.organisation() == null
                        || filter.organisation().equals(entry.initiator().organisation())
                        || filter.organisation().equals(entry.initiator().onBehalfOf()))
                && (filter.from() == null || !entry.occurredAt().isBefore(filter.from()))
                && (filter.to() == null || entry.occurredAt().isBefore(filter.to()));
    }

    private static boolean matches(String criterion, String value) {
        return criterion == null || Objects.equals(criterion, value);
    }
}
