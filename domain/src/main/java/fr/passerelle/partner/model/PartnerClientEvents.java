package fr.passerelle.partner.model;

import fr.passerelle.membership.model.MembershipEvents;
import java.util.Map;

/** The types of the events a partner client's changes emit (they never carry a secret, not even its hash). */
public final class PartnerClientEvents {

    public static final String REGISTERED = "partner-client.registered";
    public static final String SECRET_ROTATED = "partner-client.secret-rotated";
    public static final String SUSPENDED = "partner-client.suspended";
    public static final String REACTIVATED = "partner-client.reactivated";

    private PartnerClientEvents() {
    }

    /** Routed like memberships: on the organisation's key. */
    public static Map<String, String> attributesOf(PartnerClient client) {
        return Map.of(MembershipEvents.TENANT, client.organisation().key());
    }
}
