package fr.passerelle.learner.model;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who the learner is and how to reach them. Contact data and birth date are personal: the learner, their school's
 * staff, advisors and platform admins see them; companies never do.
 *
 * @param phone an international number, {@code +33…}
 */
public record LearnerIdentity(String firstName, String lastName, EmailAddress email, String phone,
                              LocalDate birthDate, Address address) {

    public LearnerIdentity {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
