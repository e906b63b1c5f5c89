package fr.passerelle.webhook.service;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.webhook.port.out.WebhookAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks an endpoint URL at registration: well formed, absolute, without credentials or fragment, bounded, and
 * allowed by the SSRF rules (scheme and resolved addresses, see {@link WebhookAddresses}).
 */
public class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private final WebhookAddresses addresses;

    public WebhookUrls(WebhookAddresses addresses) {
        this.addresses = addresses;
    }

    /** The URL, parsed; a user error on {@code field} otherwise. */
    public URI check(String field, String url) {
        if (url == null || url.isBlank()) {
            throw BusinessRuleViolation.of(field, ErrorCode.REQUIRED, "error.webhook.url-invalid");
        }
        if (url.length() > MAX_LENGTH) {
            throw BusinessRuleViolation.of(field, ErrorCode.TOO_LONG, "error.webhook.url-too-long", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            throw BusinessRuleViolation.of(field, ErrorCode.INVALID, "error.webhook.url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw BusinessRuleViolation.of(field, ErrorCode.INVALID, "error.webhook.url-invalid");
        }
        addresses.refusal(uri).ifPresent(reason -> {
            throw BusinessRuleViolation.of(field, ErrorCode.INVALID, reason);
        });
        return uri;
    }
}
