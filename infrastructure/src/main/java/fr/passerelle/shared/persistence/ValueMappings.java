package fr.passerelle.shared.persistence;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.WebAddress;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Conversions of value objects every document mapper needs. Stored values were validated when written, so reading
 * rebuilds the value objects directly. A bean, because Spring-model MapStruct mappers inject what they use.
 */
@Component
public class ValueMappings {

    /** MongoDB keeps milliseconds; truncating on the way in makes what a write returns equal what reads give. */
    public Instant storedPrecision(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public String email(EmailAddress email) {
        return email == null ? null : email.value();
    }

    public EmailAddress email(String email) {
        return email == null ? null : new EmailAddress(email);
    }

    public String web(WebAddress address) {
        return address == null ? null : address.toString();
    }

    public WebAddress web(String address) {
        return address == null ? null : new WebAddress(URI.create(address));
    }

    public AddressDocument address(Address address) {
        if (address == null) {
            return null;
        }
        GeoPoint at = address.location();
        return new AddressDocument(address.street(), address.postalCode(), address.city(), address.countryCode(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude());
    }

    public Address address(AddressDocument stored) {
        if (stored == null) {
            return null;
        }
        GeoPoint at = stored.latitude() == null ? null : new GeoPoint(stored.latitude(), stored.longitude());
        return new Address(stored.street(), stored.postalCode(), stored.city(), stored.countryCode(), at);
    }

    public MoneyDocument money(Money money) {
        return MoneyDocument.of(money);
    }

    public Money money(MoneyDocument stored) {
        return stored == null ? null : stored.toMoney();
    }
}
