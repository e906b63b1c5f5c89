package fr.passerelle.shared.persistence;

/** Stored form of an address; coordinates flattened so a lat/lon range prefilter can use plain indexes. */
public record AddressDocument(String street, String postalCode, String city, String countryCode,
                              Double latitude, Double longitude) {
}
