package fr.passerelle.audit.port.in;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;

/** Reading the audit trail. Writing happens only by recording domain events. */
public interface AuditUseCases {

    /** The whole trail, filtered: platform admins only. */
    Page<AuditEntry> search(Actor actor, AuditFilter filter, Paging paging);

    /** One aggregate's history, for whoever may read that aggregate; empty for anyone else. */
    Page<AuditEntry> historyOf(Actor actor, String aggregateType, String aggregateId, Paging paging);
}
