package fr.passerelle.membership.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.membership.model.Membership;
import java.util.List;

/** Payload of the mutations that return a membership ({@code …MemberInvite}, {@code membershipAccept}). */
public record MembershipPayload(List<UserErrorView> userErrors, MembershipView membership) {

    public static MembershipPayload of(List<UserErrorView> userErrors, Membership membership) {
        return new MembershipPayload(userErrors, membership == null ? null : MembershipView.of(membership));
    }
}
