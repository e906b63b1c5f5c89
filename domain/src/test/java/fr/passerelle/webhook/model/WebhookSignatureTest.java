package fr.passerelle.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector the Standard Webhooks reference libraries publish. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void reproducesTheSpecificationsTestVector() {
        assertThat(WebhookSignature.header("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}",
                List.of(SECRET))).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationEachActiveSecretSignsSeparatedBySpaces() {
        String other = WebhookSecret.generate();
        String both = WebhookSignature.header("msg_1", 1, "{}", List.of(SECRET, other));
        assertThat(both.split(" ")).containsExactly(WebhookSignature.header("msg_1", 1, "{}", List.of(SECRET)),
                WebhookSignature.header("msg_1", 1, "{}", List.of(other)));
    }

    @Test
    void aGeneratedSecretIsPrefixedBase64OfThirtyTwoRandomBytes() {
        String secret = WebhookSecret.generate();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSecret.generate()).isNotEqualTo(secret);
    }
}
