package fr.passerelle.audit.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.shared.event.Initiator;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** GraphQL {@code AuditEntry}; no actor when the reader may not know who acted. */
public record AuditEntryView(String eventId, String action, String objectType, String objectId, long objectVersion,
                             AuditActorView actor, List<String> changedFields, Instant occurredAt) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.action(), entry.aggregateType(),
                GlobalIds.encode(entry.aggregateType(), entry.aggregateId()), entry.aggregateVersion(),
                entry.initiator() == null ? null : AuditActorView.of(entry.initiator()), entry.changedFields(),
                entry.occurredAt());
    }

    /** GraphQL {@code AuditActor}. */
    public record AuditActorView(String subject, List<String> roles, String organisationId, String onBehalfOfId,
                                 String client) {

        static AuditActorView of(Initiator initiator) {
            return new AuditActorView(initiator.subject(), initiator.roles().stream().sorted().toList(),
                    organisationGlobalId(initiator.organisation()), organisationGlobalId(initiator.onBehalfOf()),
                    initiator.client());
        }
    }

    /** {@code school:<id>} (how events name organisations) as the school's global id. */
    static String organisationGlobalId(String key) {
        if (key == null) {
            return null;
        }
        int colon = key.indexOf(':');
        String type = key.substring(0, colon);
        return GlobalIds.encode(type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1),
                key.substring(colon + 1));
    }
}
