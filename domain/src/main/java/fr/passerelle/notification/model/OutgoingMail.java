package fr.passerelle.notification.model;

import fr.passerelle.shared.model.EmailAddress;
import java.util.Objects;

/**
 * An e-mail to send.
 *
 * @param key identifies this mail for good: sending the same key twice sends one mail
 */
public record OutgoingMail(String key, EmailAddress to, Text text) {

    public OutgoingMail {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
    }
}
