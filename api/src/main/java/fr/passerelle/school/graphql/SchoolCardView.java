package fr.passerelle.school.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.SchoolCard;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.shared.model.WebAddress;

/** GraphQL {@code SchoolCard}: a school's public card, under the school's own global id. */
public record SchoolCardView(String id, String name, SchoolKind kind, String city, WebAddress website,
                             PartnershipTier partnershipTier) {

    public static SchoolCardView of(SchoolCard card) {
        return new SchoolCardView(GlobalIds.encode(SchoolView.TYPE, card.id()), card.name(), card.kind(), card.city(),
                card.website(), card.tier());
    }
}
