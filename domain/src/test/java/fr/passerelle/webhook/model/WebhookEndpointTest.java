package fr.passerelle.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.membership.model.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final WebhookEndpoint endpoint = WebhookEndpoint.register("e1", Tenant.school("s1"),
            "https://hooks.example.org/in", Set.of("school.tier_changed"), "sealed-1", "admin", NOW);

    @Test
    void aRotatedOutSecretSignsAlongsideTheNewOneUntilItsOverlapEnds() {
        var rotated = endpoint.rotated("sealed-2", NOW, Duration.ofHours(24));
        assertThat(rotated.signingSecrets(NOW.plus(Duration.ofHours(23)))).extracting(EndpointSecret::sealed)
                .containsExactly("sealed-1", "sealed-2");
        assertThat(rotated.signingSecrets(NOW.plus(Duration.ofHours(24)))).extracting(EndpointSecret::sealed)
                .containsExactly("sealed-2");
    }

    @Test
    void rotatingAgainDropsSecretsWhoseOverlapIsOver() {
        var twice = endpoint.rotated("sealed-2", NOW, Duration.ofHours(1))
                .rotated("sealed-3", NOW.plus(Duration.ofHours(2)), Duration.ofHours(1));
        assertThat(twice.secrets()).extracting(EndpointSecret::sealed).containsExactly("sealed-2", "sealed-3");
    }

    @Test
    void itIsFailingForTheWindowOnlyWithoutASuccessSinceTheFirstFailure() {
        var failing = endpoint.failed(NOW).failed(NOW.plus(Duration.ofDays(3)));
        assertThat(failing.failingSince()).isEqualTo(NOW);
        assertThat(failing.failingFor(Duration.ofDays(5), NOW.plus(Duration.ofDays(5)).minusSeconds(1))).isFalse();
        assertThat(failing.failingFor(Duration.ofDays(5), NOW.plus(Duration.ofDays(5)))).isTrue();
        assertThat(failing.succeeded().failingFor(Duration.ofDays(5), NOW.plus(Duration.ofDays(9)))).isFalse();
    }

    @Test
    void aDisabledEndpointSubscribesToNothingUntilReenabled() {
        var off = endpoint.disabled(DisabledReason.GONE);
        assertThat(off.subscribesTo("school.tier_changed")).isFalse();
        assertThat(off.reenabled().subscribesTo("school.tier_changed")).isTrue();
        assertThat(off.reenabled().disabledReason()).isNull();
    }
}
