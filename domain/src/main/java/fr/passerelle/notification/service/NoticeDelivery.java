package fr.passerelle.notification.service;

import fr.passerelle.notification.model.Notice;
import fr.passerelle.shared.model.EmailAddress;
import java.util.Collection;

/**
 * Delivers a notice to the people it concerns, each in their own language and over the channels they chose. The
 * event subscribers decide who must know; this decides how. Idempotent per cause and recipient, so an event
 * delivered twice notifies once.
 */
public interface NoticeDelivery {

    /**
     * To people with an account.
     *
     * @param cause    the event or reminder id the notice comes from
     * @param subjects the recipients' token subjects; duplicates are notified once
     */
    void toPeople(String cause, Notice notice, Collection<String> subjects);

    /**
     * To someone without an account (an outside signatory, a tutor): by e-mail only.
     *
     * @param cause the event or reminder id the notice comes from
     */
    void toAddress(String cause, Notice notice, EmailAddress address);
}
