package fr.passerelle.notification.service.marketplace;

import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.shared.event.DomainEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The status an application moved to, read from its {@code status_changed} event's {@code status} attribute (the
 * status the change produced, whatever happened after), not from the application re-read later.
 */
final class StatusSteps {

    private static final Set<String> STATUSES = Arrays.stream(ApplicationStatus.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private StatusSteps() {
    }

    /** The kind the step maps to, or null when the event names no status or one not in the map. */
    static <K> K kindOf(DomainEvent event, Map<ApplicationStatus, K> kinds) {
        String status = event.attribute("status");
        return status == null || !STATUSES.contains(status) ? null : kinds.get(ApplicationStatus.valueOf(status));
    }
}
