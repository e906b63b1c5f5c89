package fr.passerelle.notification.port.out;

import fr.passerelle.notification.model.OutgoingMail;

/** Sends e-mail. Idempotent on the mail's key; throws when the mail could not be handed over (the caller retries). */
public interface Mailer {

    void send(OutgoingMail mail);
}
