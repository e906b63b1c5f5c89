package fr.passerelle.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may manage an organisation's webhook endpoints, partner clients included. */
class WebhookAccessTest {

    private static final Tenant SCHOOL = Tenant.school("school-1");
    private static final Tenant OTHER_SCHOOL = Tenant.school("school-2");

    /** A partner client acting as the school, with the membership role it stands for and its token's scopes. */
    private static Actor partnerClient(MembershipRole role, String... scopes) {
        return new Actor("pc_1", "SIS", null, Set.of(), List.of(member(role)), "pc_1", Set.of(scopes));
    }

    private static Actor person(MembershipRole role) {
        return new Actor("someone", "Someone", null, Set.of(), List.of(member(role)), "web");
    }

    private static Membership member(MembershipRole role) {
        return Membership.invite("m-1", SCHOOL, role, EmailAddress.of("sis@example.fr"), "seed", Fixtures.NOW)
                .activate("pc_1", Fixtures.NOW);
    }

    @Test
    void aPartnerClientHoldingWebhooksManageManagesItsOwnOrganisationOnly() {
        Actor client = partnerClient(MembershipRole.SCHOOL_STAFF, "roster:read", "webhooks:manage");

        assertThat(WebhookAccess.mayManage(client, SCHOOL)).isTrue();
        assertThat(WebhookAccess.mayManage(client, OTHER_SCHOOL)).isFalse();
    }

    @Test
    void aPartnerClientWithoutTheScopeMayNotEvenWhenItsRoleWouldManage() {
        // A client importing rosters stands for an admin, yet its scopes, not that role, decide.
        assertThat(WebhookAccess.mayManage(partnerClient(MembershipRole.SCHOOL_ADMIN, "roster:read", "roster:write"),
                SCHOOL)).isFalse();
    }

    @Test
    void peopleAreJudgedByTheirRoleAsBefore() {
        assertThat(WebhookAccess.mayManage(person(MembershipRole.SCHOOL_ADMIN), SCHOOL)).isTrue();
        assertThat(WebhookAccess.mayManage(person(MembershipRole.SCHOOL_STAFF), SCHOOL)).isFalse();
        assertThat(WebhookAccess.mayManage(Actors.platformAdmin(), OTHER_SCHOOL)).isTrue();
    }
}
