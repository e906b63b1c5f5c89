package fr.passerelle.webhook.persistence;

import fr.passerelle.privacy.persistence.AuthorshipPrivacy;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * A webhook endpoint names the staff member who registered it (they are told when it is disabled). Its deliveries
 * carry thin payloads (types and ids), nothing about a person.
 */
@Component
class WebhookEndpointsPrivacy extends AuthorshipPrivacy {

    WebhookEndpointsPrivacy(MongoOperations mongo) {
        super(mongo, "webhook", "webhook.endpoint-authors", "webhookEndpoints",
                List.of("organisation", "url", "eventTypes", "enabled", "createdAt"));
    }
}
