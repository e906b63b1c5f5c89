package fr.passerelle.webhook.http;

import fr.passerelle.webhook.model.AttemptOutcome;
import fr.passerelle.webhook.model.DeliveryAttempt;
import fr.passerelle.webhook.port.out.WebhookAddresses;
import fr.passerelle.webhook.port.out.WebhookTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Posts webhook messages with the JDK's HTTP client: no redirect is followed (a receiver could point one inside the
 * network), the SSRF rules are checked first, and only the first bytes of an answer are read.
 */
class JdkWebhookTransport implements WebhookTransport {

    private final HttpClient client;
    private final WebhookAddresses addresses;

    JdkWebhookTransport(WebhookAddresses addresses, Duration connectTimeout) {
        this.addresses = addresses;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Response post(URI url, Map<String, String> headers, String body, Duration timeout) {
        long start = System.nanoTime();
        Optional<String> refused = addresses.refusal(url);
        if (refused.isPresent()) {
            return new Response(AttemptOutcome.ADDRESS_REFUSED, null, "refused: " + refused.get(), elapsed(start));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("user-agent", "Passerelle-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = new String(in.readNBytes(DeliveryAttempt.MAX_EXCERPT), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            return new Response(status >= 200 && status < 300 ? AttemptOutcome.SUCCEEDED : AttemptOutcome.HTTP_ERROR,
                    status, excerpt, elapsed(start));
        } catch (HttpTimeoutException timedOut) {
            return new Response(AttemptOutcome.TIMEOUT, null, "no answer within " + timeout, elapsed(start));
        } catch (IOException failed) {
            return new Response(AttemptOutcome.NETWORK_ERROR, null, failed.getClass().getSimpleName() + ": "
                    + failed.getMessage(), elapsed(start));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Response(AttemptOutcome.NETWORK_ERROR, null, "interrupted", elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
