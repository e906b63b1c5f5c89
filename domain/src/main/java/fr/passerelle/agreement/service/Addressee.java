package fr.passerelle.agreement.service;

import fr.passerelle.shared.model.EmailAddress;

/**
 * One person a notice reaches: in the app under their account's subject when they have one, else by e-mail.
 *
 * @param subject the token subject of their account, or null
 * @param address their e-mail address, when they have no account
 */
record Addressee(String subject, EmailAddress address) {

    Addressee {
        if ((subject == null) == (address == null)) {
            throw new IllegalArgumentException("an addressee has an account or an address, not both");
        }
    }

    static Addressee account(String subject) {
        return new Addressee(subject, null);
    }

    static Addressee mail(EmailAddress address) {
        return new Addressee(null, address);
    }
}
