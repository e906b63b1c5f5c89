package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import java.util.Objects;

/**
 * What staff know of a person and edit as a whole: identity, how to reach them, situation and origin, links.
 * Validated by {@link ContactDraft#validate}: a family name, and an e-mail address or a phone number (a contact no
 * one can reach, or tell apart from another, is of no use).
 *
 * @param phone    E.164, e.g. {@code +33612345678}
 * @param campaign the campaign that brought them (free text, e.g. an ad campaign's name), or null
 */
public record ContactDetails(String givenName, String familyName, EmailAddress email, String phone, Address address,
                             Integer birthYear, ContactSituation situation, ContactSource source, String campaign,
                             ContactLinks links) {

    public ContactDetails {
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(source, "source");
        if (email == null && phone == null) {
            throw new IllegalArgumentException("a contact needs an e-mail address or a phone number");
        }
        links = links == null ? ContactLinks.NONE : links;
    }

    /** "Given Family", or the family name alone. */
    public String displayName() {
        return givenName == null ? familyName : givenName + " " + familyName;
    }

    /**
     * {@code details} with other links. (Static, as the other helpers here: mappers read one-argument methods
     * returning the type as setters.)
     */
    public static ContactDetails linked(ContactDetails details, ContactLinks links) {
        return new ContactDetails(details.givenName, details.familyName, details.email, details.phone,
                details.address, details.birthYear, details.situation, details.source, details.campaign, links);
    }

    /** The details {@code kept} has, each missing value taken from {@code other} (what a merge keeps). */
    public static ContactDetails filled(ContactDetails kept, ContactDetails other) {
        return new ContactDetails(kept.givenName != null ? kept.givenName : other.givenName, kept.familyName,
                kept.email != null ? kept.email : other.email, kept.phone != null ? kept.phone : other.phone,
                kept.address != null ? kept.address : other.address,
                kept.birthYear != null ? kept.birthYear : other.birthYear,
                kept.situation != null ? kept.situation : other.situation, kept.source,
                kept.campaign != null ? kept.campaign : other.campaign, ContactLinks.filled(kept.links, other.links));
    }
}
