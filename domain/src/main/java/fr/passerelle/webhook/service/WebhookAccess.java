package fr.passerelle.webhook.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerScope;

/**
 * Who may manage an organisation's webhook endpoints (register, change, rotate, read deliveries, replay): the one
 * decision every use case asks: its managing members (school admins, recruiters), platform admins, and its own partner
 * clients whose token holds {@code webhooks:manage}. A partner client is judged by that scope alone, never by the
 * role its membership stands for (a client importing rosters is not thereby a webhook manager), and never for
 * another organisation.
 */
public final class WebhookAccess {

    private WebhookAccess() {
    }

    public static boolean mayManage(Actor actor, Tenant organisation) {
        if (actor.isPartnerClient()) {
            return actor.isPartnerClientOf(organisation, PartnerScope.WEBHOOKS_MANAGE.value());
        }
        return actor.canManage(organisation);
    }
}
