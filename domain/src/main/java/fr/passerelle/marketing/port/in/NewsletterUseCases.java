package fr.passerelle.marketing.port.in;

import fr.passerelle.marketing.model.Newsletter;
import fr.passerelle.membership.model.Actor;

/** The platform's newsletter. Platform admins only. */
public interface NewsletterUseCases {

    /**
     * Queues the newsletter for everyone who ever decided on marketing e-mail; each is mailed only if they agree at
     * the moment their mail leaves.
     */
    Newsletter send(Actor actor, NewsletterCommand command);
}
