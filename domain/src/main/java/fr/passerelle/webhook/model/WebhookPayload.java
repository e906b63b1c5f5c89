package fr.passerelle.webhook.model;

import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.NodeIds;

/**
 * The body of a webhook message: thin on purpose. It says what happened to which object, and when, with the object's
 * version as a per-object sequence number (so a receiver can order messages and drop stale ones) — never a value:
 * the receiver reads what it needs through the API, where its rights are checked. No personal data leaves this way.
 *
 * <pre>{"type":"school.tier_changed","timestamp":"2026-12-07T12:00:00Z",
 *  "data":{"eventId":"…","objectType":"School","objectId":"U2Nob29sOjE","sequence":3,"organisation":"U2Nob29sOjE"}}</pre>
 */
public final class WebhookPayload {

    private WebhookPayload() {
    }

    /** @param organisationKey the receiving organisation ({@code school:<id>}), named by its global id */
    public static String of(DomainEvent event, String organisationKey) {
        return "{\"type\":" + quote(event.type())
                + ",\"timestamp\":" + quote(event.occurredAt().toString())
                + ",\"data\":{\"eventId\":" + quote(event.id())
                + ",\"objectType\":" + quote(event.aggregateType())
                + ",\"objectId\":" + quote(NodeIds.encode(event.aggregateType(), event.aggregateId()))
                + ",\"sequence\":" + event.version()
                + ",\"organisation\":" + quote(organisationId(organisationKey)) + "}}";
    }

    private static String organisationId(String key) {
        int colon = key.indexOf(':');
        String type = key.startsWith("school:") ? "School" : "Company";
        return NodeIds.encode(type, key.substring(colon + 1));
    }

    /** A JSON string; ids and type names are plain, but nothing is trusted to stay so. */
    private static String quote(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
