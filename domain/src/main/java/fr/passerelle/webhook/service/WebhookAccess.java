package fr.passerelle.webhook.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;

/**
 * Who may manage an organisation's webhook endpoints (register, change, rotate, read deliveries, replay): the one
 * decision every use case asks. Today its managing members (school admins, recruiters) and platform admins; a partner
 * client with the {@code webhooks:manage} scope joins here.
 */
public final class WebhookAccess {

    private WebhookAccess() {
    }

    public static boolean mayManage(Actor actor, Tenant organisation) {
        return actor.canManage(organisation);
    }
}
