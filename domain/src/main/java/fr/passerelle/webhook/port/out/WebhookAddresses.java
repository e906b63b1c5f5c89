package fr.passerelle.webhook.port.out;

import java.net.URI;
import java.util.Optional;

/** Which URLs the platform may call: the SSRF rules, checked after DNS resolution. */
public interface WebhookAddresses {

    /** Why the platform refuses to call this URL (a message key), or empty when it may. */
    Optional<String> refusal(URI url);
}
