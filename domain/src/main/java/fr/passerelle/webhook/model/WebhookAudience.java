package fr.passerelle.webhook.model;

import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.DomainEvent;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisations whose endpoints may receive an event: those whose own data it is about, as the event names them.
 * A school or a company hears of changes to itself; of its memberships ({@code tenant}); of the learners, offers,
 * applications, agreements and follow-ups that name it as their {@code school} or {@code company}; of its CRM's
 * records, which name it by its bare id ({@code schoolId}) — exactly what its staff may read through the API. Any other
 * organisation never hears of it.
 */
public final class WebhookAudience {

    private static final Set<String> ORGANISATION_ATTRIBUTES = Set.of(MembershipEvents.TENANT, "school", "company");

    /** The attribute by which the CRM's events (contacts, deals, tasks…) name their school: its id alone. */
    private static final String SCHOOL_ID = "schoolId";

    private WebhookAudience() {
    }

    /** The organisations' keys ({@link Tenant#key()}). */
    public static Set<String> of(DomainEvent event) {
        Set<String> keys = new TreeSet<>();
        switch (event.aggregateType()) {
            case "School" -> keys.add(Tenant.school(event.aggregateId()).key());
            case "Company" -> keys.add(Tenant.company(event.aggregateId()).key());
            default -> { }
        }
        for (String attribute : ORGANISATION_ATTRIBUTES) {
            String value = event.attribute(attribute);
            if (value != null && (value.startsWith("school:") || value.startsWith("company:"))) {
                keys.add(value);
            }
        }
        String crmSchool = event.attribute(SCHOOL_ID);
        if (crmSchool != null) {
            keys.add(Tenant.school(crmSchool).key());
        }
        return Set.copyOf(keys);
    }
}
