package fr.passerelle.marketing.model;

import fr.passerelle.notification.model.Text;
import fr.passerelle.shared.model.EmailAddress;
import java.net.URI;
import java.util.Objects;

/**
 * A marketing e-mail: sent on its own stream, never through the service mailer, and always with a one-click
 * unsubscribe (RFC 8058 {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}).
 *
 * @param key            identifies this mail for good: sending the same key twice sends one mail
 * @param unsubscribeUrl the HTTPS (http in dev) link whose POST withdraws the consent, without signing in
 * @param unsubscribeMailto an address that also unsubscribes when mailed, or null when none is configured
 */
public record MarketingMail(String key, EmailAddress to, Text text, URI unsubscribeUrl, String unsubscribeMailto) {

    public MarketingMail {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
    }

    /** The {@code List-Unsubscribe} header's value: the link first, then the mailto when there is one. */
    public String listUnsubscribe() {
        return "<" + unsubscribeUrl + ">" + (unsubscribeMailto == null ? "" : ", <mailto:" + unsubscribeMailto + ">");
    }

    /** The {@code List-Unsubscribe-Post} header's value (RFC 8058 §3.1). */
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";
}
