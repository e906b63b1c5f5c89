package fr.passerelle.membership.model;

import java.util.Map;

/** The types of the events a membership's changes emit, and the attributes subscribers route on. */
public final class MembershipEvents {

    public static final String INVITED = "membership.invited";
    public static final String ACTIVATED = "membership.activated";

    /** Attribute: the organisation's key ({@code school:<id>}). */
    public static final String TENANT = "tenant";
    /** Attribute: the membership role. */
    public static final String ROLE = "role";

    private MembershipEvents() {
    }

    public static Map<String, String> attributesOf(Membership membership) {
        return Map.of(TENANT, membership.tenant().key(), ROLE, membership.role().name());
    }
}
