package fr.passerelle.membership.graphql;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.shared.model.EmailAddress;
import java.util.List;
import java.util.Set;

/** GraphQL {@code Viewer}: the caller. */
public record ViewerView(String subject, String displayName, EmailAddress email, Set<PlatformRole> roles,
                         List<MembershipView> memberships) {

    static ViewerView of(Actor actor) {
        return new ViewerView(actor.subject(), actor.displayName(), actor.email(), actor.roles(),
                actor.memberships().stream().map(MembershipView::of).toList());
    }
}
