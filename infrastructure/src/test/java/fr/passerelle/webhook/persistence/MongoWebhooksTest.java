package fr.passerelle.webhook.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import fr.passerelle.webhook.model.AttemptOutcome;
import fr.passerelle.webhook.model.DeliveryAttempt;
import fr.passerelle.webhook.model.DeliveryStatus;
import fr.passerelle.webhook.model.DisabledReason;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.port.out.WebhookDeliveries;
import fr.passerelle.webhook.port.out.WebhookEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The webhook stores: versioned endpoints, idempotent messages, keyset pages, the failed range of a replay. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoWebhooksTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @Autowired
    private WebhookEndpoints endpoints;

    @Autowired
    private WebhookDeliveries deliveries;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    private WebhookEndpoint endpoint(String id, Tenant organisation, int minute) {
        return endpoints.insert(WebhookEndpoint.register(id, organisation, "https://hooks.example.org/" + id,
                Set.of("school.tier_changed", "learner.imported"), "sealed", "admin", T0.plusSeconds(60L * minute)));
    }

    @Test
    void anEndpointChangesUnderItsVersionOnly() {
        WebhookEndpoint stored = endpoint("e1", Tenant.school("s1"), 0);
        WebhookEndpoint disabled = endpoints.update(stored.disabled(DisabledReason.GONE));

        assertThat(disabled.version()).isEqualTo(stored.version() + 1);
        assertThat(endpoints.findById("e1")).contains(disabled);
        assertThatThrownBy(() -> endpoints.update(stored.reenabled())).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void onlyEnabledEndpointsOfTheOrganisationsSubscribedToTheTypeAreFound() {
        endpoint("mine", Tenant.school("s1"), 0);
        endpoint("other-org", Tenant.school("s2"), 1);
        WebhookEndpoint off = endpoint("off", Tenant.school("s1"), 2);
        endpoints.update(off.disabled(DisabledReason.BY_USER));

        assertThat(endpoints.subscribedTo(Set.of("school:s1"), "school.tier_changed"))
                .extracting(WebhookEndpoint::id).containsExactly("mine");
        assertThat(endpoints.subscribedTo(Set.of("school:s1"), "agreement.signed")).isEmpty();
        assertThat(endpoints.subscribedTo(Set.of(), "school.tier_changed")).isEmpty();
        assertThat(endpoints.countOf(Tenant.school("s1"))).isEqualTo(2);
    }

    @Test
    void anOrganisationsEndpointsPageNewestFirstByKeyset() {
        for (int i = 0; i < 3; i++) {
            endpoint("e" + i, Tenant.company("c1"), i);
        }
        endpoint("elsewhere", Tenant.company("c2"), 9);

        var first = endpoints.page(Tenant.company("c1"), Paging.first(2, null));
        assertThat(first.items()).extracting(WebhookEndpoint::id).containsExactly("e2", "e1");
        assertThat(first.hasNextPage()).isTrue();
        var second = endpoints.page(Tenant.company("c1"), Paging.first(2, first.keys().get(1)));
        assertThat(second.items()).extracting(WebhookEndpoint::id).containsExactly("e0");
    }

    @Test
    void aMessageIsStoredOnceAndItsFailedOnesAreFoundByTimeRange() {
        WebhookEndpoint endpoint = endpoint("e1", Tenant.school("s1"), 0);
        WebhookDelivery early = WebhookDelivery.of("evt-1", "school.tier_changed", endpoint, "{}", T0);
        WebhookDelivery late = WebhookDelivery.of("evt-2", "school.tier_changed", endpoint, "{}",
                T0.plus(Duration.ofHours(2)));
        assertThat(deliveries.insertIfAbsent(early)).isTrue();
        assertThat(deliveries.insertIfAbsent(early)).isFalse();
        deliveries.insertIfAbsent(late);

        DeliveryAttempt failure = new DeliveryAttempt(1, T0, 12, AttemptOutcome.HTTP_ERROR, 500, "boom");
        WebhookDelivery failed = deliveries.update(deliveries.findById(early.id()).orElseThrow().after(failure, null));
        deliveries.update(deliveries.findById(late.id()).orElseThrow().after(failure, null));

        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(deliveries.findById(early.id()).orElseThrow().attempts()).containsExactly(failure);
        assertThat(deliveries.failedBetween("e1", T0, T0.plus(Duration.ofHours(1)), 10))
                .extracting(WebhookDelivery::id).containsExactly(early.id());
        assertThat(deliveries.failedBetween("e1", T0, T0.plus(Duration.ofHours(3)), 1)).hasSize(1);
        assertThat(deliveries.page("e1", Paging.first(5, null)).items()).extracting(WebhookDelivery::id)
                .containsExactly(late.id(), early.id());
        assertThatThrownBy(() -> deliveries.update(early)).isInstanceOf(ConcurrentUpdateException.class);
    }
}
