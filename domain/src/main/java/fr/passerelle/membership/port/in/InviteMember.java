package fr.passerelle.membership.port.in;

import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.Checks;

/** Invite a person, by e-mail, to a role in a school or company. */
public record InviteMember(EmailAddress email, MembershipRole role) {

    public static InviteMember of(String email, MembershipRole role) {
        var checks = new Checks();
        EmailAddress address = checks.parse("email", checks.required("email", email), EmailAddress::of);
        checks.required("role", role);
        checks.throwIfAny();
        return new InviteMember(address, role);
    }
}
