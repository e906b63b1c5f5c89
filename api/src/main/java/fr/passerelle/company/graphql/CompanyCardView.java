package fr.passerelle.company.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.company.model.CompanyCard;
import fr.passerelle.shared.model.WebAddress;

/**
 * GraphQL {@code CompanyCard}: a company's public card, under the company's own global id; {@code localId} is the
 * domain id its offers need.
 */
public record CompanyCardView(String id, String name, String description, WebAddress website, String city,
                              boolean verified, String localId) {

    public static final String TYPE = "CompanyCard";

    public static CompanyCardView of(CompanyCard card) {
        return new CompanyCardView(GlobalIds.encode(CompanyView.TYPE, card.id()), card.name(), card.description(),
                card.website(), card.city(), card.verified(), card.id());
    }
}
