package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import java.util.List;

/** Payloads of the contact mutations. */
final class ContactPayloads {

    private ContactPayloads() {
    }

    /** {@code ContactCreatePayload}. */
    record CreatePayload(List<UserErrorView> userErrors, ContactView contact, ContactView duplicateOf) {
    }
}
