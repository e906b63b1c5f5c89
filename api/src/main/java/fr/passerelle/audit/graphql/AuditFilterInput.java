package fr.passerelle.audit.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.GlobalIds.GlobalId;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.audit.model.AuditFilter;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** GraphQL {@code AuditFilter}. */
public record AuditFilterInput(String objectId, String actorSubject, String action, String organisationId,
                               Instant from, Instant to) {

    private static final Set<String> ORGANISATION_TYPES = Set.of("School", "Company");

    AuditFilter toFilter() {
        GlobalId object = objectId == null ? null : decode("objectId", objectId);
        String organisation = null;
        if (organisationId != null) {
            GlobalId id = decode("organisationId", organisationId);
            if (!ORGANISATION_TYPES.contains(id.type())) {
                throw new InvalidArgumentException("organisationId must be a school's or a company's id");
            }
            organisation = id.type().toLowerCase(Locale.ROOT) + ":" + id.localId();
        }
        return new AuditFilter(object == null ? null : object.type(), object == null ? null : object.localId(),
                actorSubject, action, organisation, from, to);
    }

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    private static GlobalId decode(String argument, String globalId) {
        return GlobalIds.decode(globalId)
                .orElseThrow(() -> new InvalidArgumentException(argument + " is not a global id"));
    }
}
