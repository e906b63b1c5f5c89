package fr.passerelle.webhook.port.out;

import fr.passerelle.webhook.model.AttemptOutcome;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Sends one webhook message over HTTP. Refuses, without connecting, a URL whose host resolves to an address the
 * platform must not call (see the README's SSRF rules): the check runs at every delivery, after DNS resolution.
 */
public interface WebhookTransport {

    Response post(URI url, Map<String, String> headers, String body, Duration timeout);

    /**
     * @param status  the HTTP status, null without an answer
     * @param excerpt the first bytes of the body, or the failure's description
     */
    record Response(AttemptOutcome outcome, Integer status, String excerpt, long durationMillis) {
    }
}
