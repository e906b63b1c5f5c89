package fr.passerelle.partner.persistence;

import fr.passerelle.privacy.persistence.AuthorshipPrivacy;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** A partner client names the staff member who registered it; its calls act as the organisation, never as a person. */
@Component
class PartnerClientsPrivacy extends AuthorshipPrivacy {

    PartnerClientsPrivacy(MongoOperations mongo) {
        super(mongo, "partner", "partner.client-authors", "partnerClients",
                List.of("clientId", "name", "createdAt"));
    }
}
