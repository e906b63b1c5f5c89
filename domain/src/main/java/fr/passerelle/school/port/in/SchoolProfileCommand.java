package fr.passerelle.school.port.in;

import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;

/** A school's profile as the client sent it; {@link #validate()} reports every problem at once. */
public record SchoolProfileCommand(String name, SchoolKind kind, AddressDraft address, String website,
                                   String contactEmail, String description) {

    public SchoolProfile validate() {
        var checks = new Checks();
        String cleanName = checks.text("name", name, Limits.NAME);
        checks.required("kind", kind);
        var validAddress = checks.parse("address", address, AddressDraft::validate);
        var validWebsite = checks.parse("website", blankToNull(website), WebAddress::of);
        var validEmail = checks.parse("contactEmail", blankToNull(contactEmail), EmailAddress::of);
        String cleanDescription = checks.optionalText("description", description, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        return new SchoolProfile(cleanName, kind, validAddress, validWebsite, validEmail, cleanDescription);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
