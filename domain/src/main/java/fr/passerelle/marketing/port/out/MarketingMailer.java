package fr.passerelle.marketing.port.out;

import fr.passerelle.marketing.model.MarketingMail;

/**
 * Sends marketing e-mail, a stream apart from service mail ({@code Mailer}): its own sender address and log, and its
 * unsubscribe headers. Idempotent on the mail's key; throws when the mail could not be handed over (the caller retries).
 */
public interface MarketingMailer {

    void send(MarketingMail mail);
}
