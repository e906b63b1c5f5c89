package fr.passerelle.consent.service;

import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.shared.link.SealedBox;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The tokens of one-click unsubscribe links (RFC 8058): the person and the purpose, sealed. They do not expire: a
 * newsletter is read weeks later and its link must still work, and the only thing a leaked link can do is withdraw
 * its own person's consent to that purpose — which they may grant again whenever they like.
 */
public final class UnsubscribeTokens {

    /** Names this use of the server's secret: a download-link token never opens here, nor the reverse. */
    private static final String KEY_PURPOSE = "passerelle one-click unsubscribe v1";
    private static final String CONTEXT = "list-unsubscribe";

    private final SealedBox box;

    public UnsubscribeTokens(byte[] secret) {
        this.box = new SealedBox(secret, KEY_PURPOSE);
    }

    /** Whom a token unsubscribes from what. */
    public record Unsubscription(String subject, ConsentPurpose purpose) {
    }

    public String tokenFor(String subject, ConsentPurpose purpose) {
        return box.seal(CONTEXT, (purpose.name() + ":" + subject).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for a token forged, altered or malformed, alike. */
    public Optional<Unsubscription> open(String token) {
        return box.open(CONTEXT, token).flatMap(payload -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            try {
                return colon < 0 ? Optional.empty() : Optional.of(new Unsubscription(text.substring(colon + 1),
                        ConsentPurpose.valueOf(text.substring(0, colon))));
            } catch (IllegalArgumentException unknownPurpose) {
                return Optional.empty();
            }
        });
    }
}
