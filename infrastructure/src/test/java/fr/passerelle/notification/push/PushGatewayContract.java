package fr.passerelle.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushOutcome;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.out.PushGateway;
import fr.passerelle.notification.port.out.PushUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link PushGateway} must do, the fake and a real FCM or APNs adapter alike: a real adapter's test
 * extends this, pointing it at the service's sandbox (or a stub of its HTTP API) and telling it how to obtain a
 * token that works, one the service no longer knows, and an outage.
 */
abstract class PushGatewayContract {

    protected abstract PushGateway gateway();

    /** A token the service accepts pushes for, on this platform. */
    protected abstract String workingToken(PushPlatform platform);

    /** A token the service answers is unregistered (the app was uninstalled). */
    protected abstract String uninstalledToken(PushPlatform platform);

    /** Makes the service unavailable until the end of the test. */
    protected abstract void startOutage();

    protected static PushMessage message(String token, PushPlatform platform) {
        return new PushMessage(token, platform, "Nouvelle candidature", "Léa a postulé à votre offre.",
                "Tm90aWZpY2F0aW9uOm4tMQ", "Application", "QXBwbGljYXRpb246YS0x", "n-1");
    }

    @ParameterizedTest
    @EnumSource(PushPlatform.class)
    void aWorkingTokenIsAccepted(PushPlatform platform) {
        assertThat(gateway().send(message(workingToken(platform), platform))).isEqualTo(PushOutcome.ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(PushPlatform.class)
    void anUnregisteredTokenIsReportedInvalidSoTheDeviceIsForgotten(PushPlatform platform) {
        assertThat(gateway().send(message(uninstalledToken(platform), platform))).isEqualTo(PushOutcome.TOKEN_INVALID);
    }

    @Test
    void aMalformedApnsTokenIsReportedInvalid() {
        assertThat(gateway().send(message("not-an-apns-token", PushPlatform.IOS))).isEqualTo(PushOutcome.TOKEN_INVALID);
    }

    @Test
    void anOutageIsWorthRetryingAndNeverAnAnswerAboutTheToken() {
        startOutage();

        assertThatThrownBy(() -> gateway().send(message(workingToken(PushPlatform.ANDROID), PushPlatform.ANDROID)))
                .isInstanceOf(PushUnavailableException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(workingToken(PushPlatform.ANDROID)));
    }

    @Test
    void sendingTheSamePushTwiceIsAcceptedTwiceItsCollapseKeyLetsTheDeviceShowItOnce() {
        PushMessage push = message(workingToken(PushPlatform.ANDROID), PushPlatform.ANDROID);

        assertThat(gateway().send(push)).isEqualTo(PushOutcome.ACCEPTED);
        assertThat(gateway().send(push)).isEqualTo(PushOutcome.ACCEPTED);
    }
}
