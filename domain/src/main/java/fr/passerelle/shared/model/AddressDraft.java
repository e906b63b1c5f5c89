package fr.passerelle.shared.model;

import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;

/** An address as typed by a client, not yet validated. Coordinates come as a pair or not at all. */
public record AddressDraft(String street, String postalCode, String city, String countryCode,
                           Double latitude, Double longitude) {

    public Address validate() {
        var checks = new Checks();
        GeoPoint location = null;
        if ((latitude == null) != (longitude == null)) {
            checks.add(latitude == null ? "latitude" : "longitude", ErrorCode.REQUIRED,
                    "error.coordinates.incomplete");
        } else if (latitude != null) {
            location = checks.parse("", this, d -> new GeoPoint(d.latitude(), d.longitude()));
        }
        Address address = checks.parse("", this,
                d -> Address.of(d.street(), d.postalCode(), d.city(), d.countryCode(), null));
        checks.throwIfAny();
        return new Address(address.street(), address.postalCode(), address.city(), address.countryCode(), location);
    }
}
