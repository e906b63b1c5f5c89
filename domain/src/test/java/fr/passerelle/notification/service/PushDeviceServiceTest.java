package fr.passerelle.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryPushDevices;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushDeviceServiceTest {

    private final InMemoryPushDevices devices = new InMemoryPushDevices();
    private final Actor alice = Actors.learner("alice");
    private final Actor bob = Actors.learner("bob");

    private PushDeviceService at(int minute) {
        return new PushDeviceService(devices, Clock.fixed(Fixtures.NOW.plusSeconds(60L * minute), ZoneOffset.UTC));
    }

    @Test
    void registeringTwiceKeepsOneDevice() {
        at(0).register(alice, PushPlatform.IOS, "apns-token-1");
        at(1).register(alice, PushPlatform.IOS, "apns-token-1");

        assertThat(at(2).mine(alice)).singleElement().satisfies(device -> {
            assertThat(device.truncatedToken()).isEqualTo("apns-tok…");
            assertThat(device.registeredAt()).isEqualTo(Fixtures.NOW.plusSeconds(60));
        });
    }

    @Test
    void aTokenNeverShowsInWhatMayBeLogged() {
        PushDevice device = at(0).register(alice, PushPlatform.ANDROID, "fcm-secret-token-123");

        assertThat(device.toString()).doesNotContain("secret");
        assertThat(new PushMessage(device.token(), device.platform(), "t", "b", null, null, null, "n-1").toString())
                .doesNotContain("secret");
        assertThat(device.id()).doesNotContain("secret").hasSize(64);
    }

    @Test
    void aTokenMovesToWhoeverRegisteredItLast() {
        at(0).register(alice, PushPlatform.ANDROID, "fcm-token-shared");
        at(1).register(bob, PushPlatform.ANDROID, "fcm-token-shared");

        assertThat(at(2).mine(alice)).isEmpty();
        assertThat(at(2).mine(bob)).hasSize(1);
        assertThat(at(2).unregister(alice, "fcm-token-shared")).isFalse();
        assertThat(at(2).mine(bob)).hasSize(1);
    }

    @Test
    void beyondTheCapTheLeastRecentlyRegisteredDeviceIsForgotten() {
        IntStream.rangeClosed(0, PushDevice.MAX_PER_PERSON)
                .forEach(i -> at(i).register(alice, PushPlatform.WEB, "web-token-" + i));

        assertThat(at(99).mine(alice)).hasSize(PushDevice.MAX_PER_PERSON)
                .noneMatch(device -> device.token().equals("web-token-0"));
    }

    @Test
    void unregisteringForgetsOnlyOnesOwnAndIsHarmlessTwice() {
        at(0).register(alice, PushPlatform.ANDROID, "fcm-token-a");

        assertThat(at(1).unregister(bob, "fcm-token-a")).isFalse();
        assertThat(at(1).unregister(alice, "fcm-token-a")).isTrue();
        assertThat(at(1).unregister(alice, "fcm-token-a")).isFalse();
        assertThat(at(1).mine(alice)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "has space", "line\nbreak"})
    void aTokenThatCannotBeOneIsRefused(String token) {
        assertThatThrownBy(() -> at(0).register(alice, PushPlatform.ANDROID, token))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).containsExactly("token")));
    }

    @Test
    void anOversizedTokenIsRefusedBeforeItIsHashed() {
        String huge = "x".repeat(PushDevice.MAX_TOKEN_LENGTH + 1);

        assertThatThrownBy(() -> at(0).register(alice, PushPlatform.ANDROID, huge))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(ErrorCode.TOO_LONG));
        assertThat(at(0).unregister(alice, huge)).isFalse();
    }
}
