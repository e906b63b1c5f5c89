package fr.passerelle.partner.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a partner client's tokens may do, each named as the OAuth2 scope the identity provider puts in the token's
 * {@code scope} claim. A partner client only ever holds the scopes its organisation granted it.
 */
public enum PartnerScope {
    /** Read the organisation's roster: the school and its learners. */
    ROSTER_READ("roster:read"),
    /** Import the organisation's roster (create and update learners from a student file). */
    ROSTER_WRITE("roster:write"),
    /** Read the applications of the organisation's learners. */
    APPLICATIONS_READ("applications:read"),
    /** Read the organisation's internship agreements. */
    AGREEMENTS_READ("agreements:read"),
    /** Register and manage the organisation's webhook endpoints. */
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String value;

    PartnerScope(String value) {
        this.value = value;
    }

    /** The scope as OAuth2 spells it, e.g. {@code roster:read}. */
    public String value() {
        return value;
    }

    /** The scope this OAuth2 value names; empty for a scope that is not ours (tokens carry others, e.g. openid). */
    public static Optional<PartnerScope> ofValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
