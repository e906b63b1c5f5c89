package fr.passerelle.membership.graphql;

import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.shared.model.EmailAddress;

/** GraphQL {@code MemberInviteInput}, shared by schools and companies. */
public record MemberInviteInput(EmailAddress email, MembershipRole role) {

    public InviteMember command() {
        return InviteMember.of(email == null ? null : email.value(), role);
    }
}
