package fr.passerelle.school.model;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.WebAddress;

/** What a school says about itself; its admins may change it freely. */
public record SchoolProfile(String name, SchoolKind kind, Address address, WebAddress website,
                            EmailAddress contactEmail, String description) {
}
