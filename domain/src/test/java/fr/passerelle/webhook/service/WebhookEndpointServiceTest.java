package fr.passerelle.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.InMemoryAuditTrail;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryWebhookDeliveries;
import fr.passerelle.testing.InMemoryWebhookEndpoints;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingReminders;
import fr.passerelle.webhook.model.WebhookPolicy;
import fr.passerelle.webhook.port.out.SecretBox;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Managing endpoints: who may, what is refused as a user error, what a secret looks like and where it goes. */
class WebhookEndpointServiceTest {

    private static final Tenant SCHOOL = Tenant.school("s1");
    private static final Set<String> TIER = Set.of("school.tier_changed");

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final MutableClock clock = new MutableClock();
    /** Sealing reverses the text: enough to tell a sealed secret from a clear one. */
    private final SecretBox reversing = new SecretBox() {
        @Override
        public String seal(String secret) {
            return new StringBuilder(secret).reverse().toString();
        }

        @Override
        public String open(String sealed) {
            return seal(sealed);
        }
    };
    private final WebhookAttempts attempts = new WebhookAttempts(new InMemoryWebhookDeliveries(), endpoints,
            (url, headers, body, timeout) -> {
                throw new AssertionError("nothing is sent here");
            }, reversing, new RecordingReminders(), (NoticeDelivery) null, WebhookPolicy.STANDARD, clock);
    private final WebhookEndpointService service = new WebhookEndpointService(endpoints, new InMemoryWebhookDeliveries(),
            new WebhookUrls(url -> url.getHost().startsWith("10.") ? Optional.of("error.webhook.address-refused")
                    : Optional.empty()),
            reversing, attempts, audit, () -> UUID.randomUUID().toString(), WebhookPolicy.STANDARD, clock);

    private final Actor admin = Actors.member(memberships, "admin-s1", SCHOOL, MembershipRole.SCHOOL_ADMIN);

    private static ErrorCode codeOf(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleViolation violation) {
            return violation.violations().get(0).code();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void theSecretIsShownOnceAndStoredSealed() {
        var created = service.register(admin, SCHOOL, "https://hooks.example.org/in", TIER);

        assertThat(created.secret()).startsWith("whsec_");
        assertThat(created.endpoint().secrets()).singleElement()
                .satisfies(secret -> assertThat(secret.sealed()).isNotEqualTo(created.secret()));
        assertThat(audit.all()).extracting(entry -> entry.action()).containsExactly("webhook.registered");
    }

    @Test
    void onlyTheOrganisationsManagersAndPlatformAdminsManageItsEndpoints() {
        Actor staff = Actors.member(memberships, "staff-s1", SCHOOL, MembershipRole.SCHOOL_STAFF);
        Actor otherAdmin = Actors.member(memberships, "admin-s2", Tenant.school("s2"), MembershipRole.SCHOOL_ADMIN);
        String id = service.register(admin, SCHOOL, "https://hooks.example.org/in", TIER).endpoint().id();

        for (Actor outsider : List.of(staff, otherAdmin, Actors.advisor())) {
            assertThatThrownBy(() -> service.register(outsider, SCHOOL, "https://hooks.example.org/x", TIER))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> service.endpoints(outsider, SCHOOL, Paging.first(5, null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(service.find(outsider, id)).isEmpty();
            assertThatThrownBy(() -> service.rotateSecret(outsider, id)).isInstanceOf(NotFoundException.class);
            assertThat(service.deliveries(outsider, id, Paging.first(5, null)).items()).isEmpty();
        }
        assertThat(service.find(Actors.platformAdmin(), id)).isPresent();
        assertThatThrownBy(() -> service.rotateSecret(admin, "missing")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badUrlsAndEventTypesAreUserErrorsAndNothingIsStored() {
        assertThat(codeOf(() -> service.register(admin, SCHOOL, "not a url", TIER))).isEqualTo(ErrorCode.INVALID);
        assertThat(codeOf(() -> service.register(admin, SCHOOL, "https://user:pw@hooks.example.org/", TIER)))
                .isEqualTo(ErrorCode.INVALID);
        assertThat(codeOf(() -> service.register(admin, SCHOOL, "https://10.0.0.1/", TIER))).isEqualTo(ErrorCode.INVALID);
        assertThat(codeOf(() -> service.register(admin, SCHOOL, "https://h.example.org/" + "x".repeat(2000), TIER)))
                .isEqualTo(ErrorCode.TOO_LONG);
        assertThat(codeOf(() -> service.register(admin, SCHOOL, "https://h.example.org/", Set.of())))
                .isEqualTo(ErrorCode.REQUIRED);
        assertThat(codeOf(() -> service.register(admin, SCHOOL, "https://h.example.org/", Set.of("school.exploded"))))
                .isEqualTo(ErrorCode.INVALID);
        assertThat(endpoints.countOf(SCHOOL)).isZero();
    }

    @Test
    void anOrganisationHasABoundedNumberOfEndpoints() {
        for (int i = 0; i < WebhookEndpointService.MAX_ENDPOINTS; i++) {
            service.register(admin, SCHOOL, "https://hooks.example.org/" + i, TIER);
        }
        assertThat(codeOf(() -> service.register(admin, SCHOOL, "https://hooks.example.org/more", TIER)))
                .isEqualTo(ErrorCode.OUT_OF_RANGE);
    }

    @Test
    void rotatingKeepsThePreviousSecretSigningForTheOverlap() {
        var created = service.register(admin, SCHOOL, "https://hooks.example.org/in", TIER);
        var rotated = service.rotateSecret(admin, created.endpoint().id());

        assertThat(rotated.secret()).isNotEqualTo(created.secret());
        assertThat(rotated.endpoint().signingSecrets(clock.instant().plus(Duration.ofHours(23)))).hasSize(2);
        assertThat(rotated.endpoint().signingSecrets(clock.instant().plus(Duration.ofHours(24)))).hasSize(1);
    }

    @Test
    void aReplayCoversABoundedRangeOfAnEnabledEndpoint() {
        String id = service.register(admin, SCHOOL, "https://hooks.example.org/in", TIER).endpoint().id();
        var now = clock.instant();

        assertThat(codeOf(() -> service.replayFailed(admin, id, now, now.minusSeconds(1)))).isEqualTo(ErrorCode.INVALID);
        assertThat(codeOf(() -> service.replayFailed(admin, id, now.minus(Duration.ofDays(8)), now)))
                .isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(service.replayFailed(admin, id, now.minus(Duration.ofDays(7)), now)).isZero();
        service.update(admin, id, null, null, false);
        assertThat(codeOf(() -> service.replayFailed(admin, id, now.minusSeconds(60), now)))
                .isEqualTo(ErrorCode.INVALID_STATE);
    }

    @Test
    void turningAnEndpointOffAndOnAgainClearsItsReason() {
        String id = service.register(admin, SCHOOL, "https://hooks.example.org/in", TIER).endpoint().id();
        var off = service.update(admin, id, null, null, false);
        assertThat(off.enabled()).isFalse();
        var on = service.update(admin, id, null, Set.of("learner.imported"), true);
        assertThat(on.enabled()).isTrue();
        assertThat(on.disabledReason()).isNull();
        assertThat(on.eventTypes()).containsExactly("learner.imported");
        assertThat(on.version()).isEqualTo(2);
    }
}
