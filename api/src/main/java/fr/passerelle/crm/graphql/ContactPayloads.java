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

    /** The payload of the mutations that change one contact ({@code ContactUpdatePayload}, …). */
    record ChangePayload(List<UserErrorView> userErrors, ContactView contact) {
    }

    /** {@code ContactMergePayload}. */
    record MergePayload(List<UserErrorView> userErrors, ContactView contact, String mergedContactId) {
    }

    /** {@code ContactMergeUndoPayload}. */
    record UndoPayload(List<UserErrorView> userErrors, ContactView contact, ContactView restored) {
    }

    /** {@code CrmLifecycleTargetsSetPayload}. */
    record TargetsPayload(List<UserErrorView> userErrors, List<String> kinds, Long version) {
    }
}
