package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised forms duplicate detection compares: two contacts whose keys are equal are one person typed twice.
 * Stored beside the contact and indexed, so finding a duplicate is one indexed lookup whatever the number of contacts.
 */
public final class ContactKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** A French number with its national trunk zero kept after the country code: {@code +33 0 6…}. */
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final String FRENCH_TRUNK = "+330";

    private ContactKeys() {
    }

    /**
     * An address without its sub-address (the {@code +label} mail systems deliver to the same box): {@code
     * Jean.Dupont+ads@Example.fr} and {@code jean.dupont@example.fr} are one inbox.
     */
    public static String email(EmailAddress email) {
        if (email == null) {
            return null;
        }
        String value = email.value().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        int plus = value.indexOf('+');
        return plus > 0 && plus < at ? value.substring(0, plus) + value.substring(at) : value;
    }

    /** An E.164 number, with a French trunk zero typed after {@code +33} dropped ({@code +330612…} is {@code +33612…}). */
    public static String phone(String e164) {
        if (e164 == null) {
            return null;
        }
        return e164.startsWith(FRENCH_TRUNK) ? "+33" + e164.substring(FRENCH_TRUNK.length()) : e164;
    }

    /** A French postal code's department: its first two digits, three overseas ({@code 971} to {@code 989}). */
    public static String department(Address address) {
        if (address == null || !"FR".equals(address.countryCode()) || !POSTAL_CODE.matcher(address.postalCode()).matches()) {
            return null;
        }
        String code = address.postalCode();
        return code.startsWith("97") || code.startsWith("98") ? code.substring(0, 3) : code.substring(0, 2);
    }

    /** The order contacts are listed in: family then given name, lower case, without accents. */
    public static String name(ContactDetails details) {
        String full = details.familyName() + " " + (details.givenName() == null ? "" : details.givenName());
        String plain = MARKS.matcher(Normalizer.normalize(full, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
