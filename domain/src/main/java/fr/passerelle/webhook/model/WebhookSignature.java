package fr.passerelle.webhook.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification: {@code v1,} followed by the base64 of
 * HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>}, one per active secret, separated by spaces (the
 * receiver accepts the message when any one verifies, which is what lets a secret rotate without a gap).
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String header(String messageId, long timestampSeconds, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a message is signed with at least one secret");
        }
        String signed = messageId + "." + timestampSeconds + "." + body;
        return secrets.stream().map(secret -> "v1," + hmac(WebhookSecret.keyOf(secret), signed))
                .collect(Collectors.joining(" "));
    }

    private static String hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
