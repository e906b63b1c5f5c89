package fr.passerelle.audit.port.out;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;

/** The append-only store of audit entries: there is deliberately no way to change or delete one. */
public interface AuditTrail {

    /** Appends the entry unless one with its id exists (so recording an event twice records it once). */
    void append(AuditEntry entry);

    /** Matching entries, newest first. */
    Page<AuditEntry> search(AuditFilter filter, Paging paging);
}
