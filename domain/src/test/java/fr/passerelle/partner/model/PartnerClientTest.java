package fr.passerelle.partner.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.membership.model.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerClientTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static PartnerClient client(String secret) {
        return PartnerClient.register("c1", "pc_0123456789abcdef", Tenant.school("s1"), "SIS",
                Set.of(PartnerScope.ROSTER_READ), secret, "admin", T0);
    }

    @Test
    void only_the_hash_of_a_secret_is_kept_and_it_opens_the_client() {
        PartnerClient client = client("first-secret-0001");

        assertThat(client.secrets()).singleElement().satisfies(secret -> {
            assertThat(secret.hash()).doesNotContain("first-secret").hasSize(64);
            assertThat(secret.hint()).isEqualTo("0001");
        });
        assertThat(client.authenticates("first-secret-0001", T0)).isTrue();
        assertThat(client.authenticates("first-secret-0002", T0)).isFalse();
    }

    @Test
    void after_a_rotation_the_old_secret_works_until_the_overlap_ends_and_the_new_one_from_now_on() {
        PartnerClient rotated = client("old-secret").rotate("new-secret", Duration.ofHours(1), T0.plusSeconds(60));

        Instant duringOverlap = T0.plusSeconds(60).plus(Duration.ofMinutes(59));
        Instant afterOverlap = T0.plusSeconds(60).plus(Duration.ofHours(1));
        assertThat(rotated.authenticates("old-secret", duringOverlap)).isTrue();
        assertThat(rotated.authenticates("new-secret", duringOverlap)).isTrue();
        assertThat(rotated.authenticates("old-secret", afterOverlap)).isFalse();
        assertThat(rotated.authenticates("new-secret", afterOverlap.plus(Duration.ofDays(365)))).isTrue();
    }

    @Test
    void a_rotation_without_overlap_ends_the_old_secret_at_once() {
        PartnerClient rotated = client("old-secret").rotate("new-secret", Duration.ZERO, T0);

        assertThat(rotated.authenticates("old-secret", T0)).isFalse();
        assertThat(rotated.secrets()).hasSize(1);
    }

    @Test
    void a_second_rotation_never_extends_an_earlier_overlap_and_rotating_in_a_loop_keeps_few_secrets() {
        PartnerClient once = client("s0").rotate("s1", Duration.ofMinutes(10), T0);
        PartnerClient twice = once.rotate("s2", Duration.ofDays(1), T0.plusSeconds(60));

        assertThat(twice.authenticates("s0", T0.plusSeconds(11 * 60))).isFalse();
        assertThat(twice.authenticates("s1", T0.plusSeconds(11 * 60))).isTrue();

        PartnerClient looped = twice;
        for (int i = 3; i < 50; i++) {
            looped = looped.rotate("s" + i, Duration.ofDays(1), T0.plusSeconds(60 + i));
        }
        assertThat(looped.secrets()).hasSize(PartnerClient.MAX_PREVIOUS_SECRETS + 1);
        assertThat(looped.authenticates("s49", T0.plusSeconds(200))).isTrue();
    }

    @Test
    void a_suspended_client_is_opened_by_no_secret() {
        PartnerClient suspended = client("secret").withStatus(PartnerClientStatus.SUSPENDED, T0);

        assertThat(suspended.authenticates("secret", T0)).isFalse();
        assertThat(suspended.withStatus(PartnerClientStatus.ACTIVE, T0).authenticates("secret", T0)).isTrue();
    }

    @Test
    void a_token_gets_only_the_scopes_it_asks_for_among_those_granted() {
        PartnerClient client = client("secret");

        assertThat(client.grantedAmong(EnumSet.of(PartnerScope.ROSTER_READ, PartnerScope.ROSTER_WRITE)))
                .containsExactly(PartnerScope.ROSTER_READ);
    }
}
