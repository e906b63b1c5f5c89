package fr.passerelle.notification.service;

import fr.passerelle.notification.model.Notice;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.shared.model.EmailAddress;
import java.util.Collection;

/**
 * Delivers notices to everyone but erased people: a notice made from an old event relayed after an erasure (whose
 * routing attributes still name the person) would otherwise create a notification, a mail or a push for them again.
 */
public class ErasedRecipientsSkipped implements NoticeDelivery {

    private final NoticeDelivery delivery;
    private final ErasedPeople erased;

    public ErasedRecipientsSkipped(NoticeDelivery delivery, ErasedPeople erased) {
        this.delivery = delivery;
        this.erased = erased;
    }

    @Override
    public void toPeople(String cause, Notice notice, Collection<String> subjects) {
        delivery.toPeople(cause, notice, subjects.stream().filter(subject -> !erased.erased(subject)).toList());
    }

    @Override
    public void toAddress(String cause, Notice notice, EmailAddress address) {
        if (!erased.erased(address)) {
            delivery.toAddress(cause, notice, address);
        }
    }
}
