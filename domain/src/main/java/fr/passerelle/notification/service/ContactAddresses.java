package fr.passerelle.notification.service;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.shared.model.EmailAddress;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where to mail a person with an account: the verified address of their last sign-in, else the address an active
 * membership of theirs was invited at (which they proved by accepting). None: they get no e-mail.
 */
public class ContactAddresses {

    private final Memberships memberships;

    public ContactAddresses(Memberships memberships) {
        this.memberships = memberships;
    }

    public Optional<EmailAddress> of(NotificationSettings settings) {
        if (settings.email() != null) {
            return Optional.of(settings.email());
        }
        return memberships.findActiveBySubject(settings.subject()).stream()
                .min(Comparator.comparing(Membership::id)).map(Membership::email);
    }
}
