package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.Limits;
import java.time.LocalDate;

/** A learner's identity and contact data as sent; {@link #validate} reports every problem at once. */
public record IdentityCommand(String firstName, String lastName, String email, String phone, LocalDate birthDate,
                              AddressDraft address) {

    /** Nobody trains before this age; a younger birth date is a typing error. */
    static final int MIN_AGE_YEARS = 14;
    static final int MAX_AGE_YEARS = Limits.LIFETIME_YEARS;

    public LearnerIdentity validate(LocalDate today) {
        return validate(new Checks(), today);
    }

    LearnerIdentity validate(Checks checks, LocalDate today) {
        String first = checks.text("firstName", firstName, Limits.SHORT_TEXT);
        String last = checks.text("lastName", lastName, Limits.SHORT_TEXT);
        EmailAddress validEmail = checks.required("email", email) == null ? null
                : checks.parse("email", email, EmailAddress::of);
        String validPhone = checks.phone("phone", phone);
        checks.date("birthDate", birthDate, DateWindow.birthDates(today, MIN_AGE_YEARS, MAX_AGE_YEARS));
        var validAddress = checks.parse("address", address, AddressDraft::validate);
        checks.throwIfAny();
        return new LearnerIdentity(first, last, validEmail, validPhone, birthDate, validAddress);
    }
}
