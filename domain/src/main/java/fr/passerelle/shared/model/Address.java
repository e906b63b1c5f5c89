package fr.passerelle.shared.model;

import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.util.Locale;
import java.util.Set;

/**
 * A postal address with optional coordinates (geocoding is the client's or a later adapter's job; distance
 * matching needs them).
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case
 */
public record Address(String street, String postalCode, String city, String countryCode, GeoPoint location) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** Validates raw input, collecting every problem under the given field names. */
    public static Address of(String street, String postalCode, String city, String countryCode, GeoPoint location) {
        var checks = new Checks();
        String cleanStreet = checks.optionalText("street", street, Limits.NAME);
        String cleanPostalCode = checks.text("postalCode", postalCode, Limits.CODE);
        String cleanCity = checks.text("city", city, Limits.SHORT_TEXT);
        String country = countryCode == null || countryCode.isBlank() ? "FR" : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(country)) {
            checks.add("countryCode", ErrorCode.INVALID, "error.country.code");
        }
        checks.throwIfAny();
        return new Address(cleanStreet, cleanPostalCode, cleanCity, country, location);
    }
}
