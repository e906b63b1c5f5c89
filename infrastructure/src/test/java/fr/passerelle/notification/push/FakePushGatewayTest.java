package fr.passerelle.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.out.PushGateway;
import fr.passerelle.notification.port.out.SentPushes.SentPush;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fake passes the contract a real adapter must pass, and records what it accepted for the dev tools. */
class FakePushGatewayTest extends PushGatewayContract {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final String APNS = "a".repeat(64);

    private final FakePushGateway fake = new FakePushGateway(Clock.fixed(T0, ZoneOffset.UTC));

    @Override
    protected PushGateway gateway() {
        return fake;
    }

    @Override
    protected String workingToken(PushPlatform platform) {
        return platform == PushPlatform.IOS ? APNS : "fcm-token-" + platform;
    }

    @Override
    protected String uninstalledToken(PushPlatform platform) {
        String token = platform == PushPlatform.IOS ? "b".repeat(64) : "fcm-uninstalled-" + platform;
        fake.uninstall(token);
        return token;
    }

    @Override
    protected void startOutage() {
        fake.outage(true);
    }

    @Test
    void acceptedPushesAreRecordedOldestFirstAndRefusedOnesAreNot() {
        fake.send(message(APNS, PushPlatform.IOS));
        fake.send(message("bad", PushPlatform.IOS));
        fake.send(message("fcm-1", PushPlatform.ANDROID));

        assertThat(fake.recent()).extracting(SentPush::message).extracting(PushMessage::token)
                .containsExactly(APNS, "fcm-1");
        assertThat(fake.recent()).extracting(SentPush::sentAt).containsOnly(T0);
    }

    @Test
    void theRecordKeepsTheLatestPushesOnly() {
        IntStream.range(0, FakePushGateway.KEPT + 5).forEach(i -> fake.send(message("fcm-" + i, PushPlatform.WEB)));

        assertThat(fake.recent()).hasSize(FakePushGateway.KEPT);
        assertThat(fake.recent().get(0).message().token()).isEqualTo("fcm-5");
    }

    @Test
    void anOversizedPayloadIsTheSendersBugNotABadToken() {
        PushMessage huge = new PushMessage("fcm-1", PushPlatform.ANDROID, "t".repeat(5_000), "body", null, null,
                null, "n-1");

        assertThatThrownBy(() -> fake.send(huge)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOutageEnds() {
        fake.outage(true);
        fake.outage(false);

        fake.send(message("fcm-1", PushPlatform.ANDROID));
        assertThat(fake.recent()).hasSize(1);
    }
}
