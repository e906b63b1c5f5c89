package fr.passerelle.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.InMemoryWebhookDeliveries;
import fr.passerelle.testing.InMemoryWebhookEndpoints;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingReminders;
import fr.passerelle.webhook.model.AttemptOutcome;
import fr.passerelle.webhook.model.DeliveryStatus;
import fr.passerelle.webhook.model.DisabledReason;
import fr.passerelle.webhook.model.RetrySchedule;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.model.WebhookPolicy;
import fr.passerelle.webhook.model.WebhookSecret;
import fr.passerelle.webhook.port.out.SecretBox;
import fr.passerelle.webhook.port.out.WebhookTransport;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fan-out of events into messages and the attempts that follow, with the HTTP side scripted. */
class WebhookAttemptsTest {

    private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(List.of(Duration.ZERO, Duration.ofMinutes(1),
            Duration.ofHours(1)), 0);

    private final MutableClock clock = new MutableClock();

    {
        clock.set(START);
    }

    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
    private final RecordingReminders reminders = new RecordingReminders();
    private final ScriptedTransport transport = new ScriptedTransport();
    private final List<String> told = new ArrayList<>();
    private final NoticeDelivery notices = new NoticeDelivery() {
        @Override
        public void toPeople(String cause, Notice notice, Collection<String> subjects) {
            assertThat(notice.kind()).isEqualTo(NotificationKind.WEBHOOK_ENDPOINT_DISABLED);
            told.addAll(subjects);
        }

        @Override
        public void toAddress(String cause, Notice notice, EmailAddress address) {
            throw new AssertionError("the owner has an account");
        }
    };
    /** Sealing is the identity here: the adapter's encryption has its own test. */
    private final SecretBox clear = new SecretBox() {
        @Override
        public String seal(String secret) {
            return secret;
        }

        @Override
        public String open(String sealed) {
            return sealed;
        }
    };
    private final WebhookAttempts attempts = new WebhookAttempts(deliveries, endpoints, transport, clear, reminders,
            notices, new WebhookPolicy(SCHEDULE, Duration.ofSeconds(15), Duration.ofDays(5), Duration.ofHours(24)),
            clock);
    private final WebhookFanOut fanOut = new WebhookFanOut(endpoints, deliveries, attempts, clock);
    private final Set<String> fired = new java.util.HashSet<>();

    private WebhookEndpoint endpoint(String id, Tenant organisation) {
        return endpoints.insert(WebhookEndpoint.register(id, organisation, "https://hooks.example.org/" + id,
                Set.of("school.tier_changed"), WebhookSecret.generate(), "owner-" + id, START));
    }

    private static DomainEvent tierChanged(String eventId, String schoolId) {
        return new DomainEvent(eventId, "school.tier_changed", "School", schoolId, 2, Initiator.system(), START,
                List.of("partnership.tier"), Map.of());
    }

    /** Fires every reminder due by now, as the job runner would, once each. */
    private void runDue() {
        for (Reminder reminder : List.copyOf(reminders.pending())) {
            if (!reminder.dueAt().isAfter(clock.instant()) && fired.add(reminder.key())) {
                attempts.fire(reminder);
            }
        }
    }

    @Test
    void anEventBecomesOneMessagePerSubscribedEndpointOfItsOrganisationOnly() {
        endpoint("mine", Tenant.school("s1"));
        endpoint("theirs", Tenant.school("s2"));

        assertThat(fanOut.accepts(tierChanged("e1", "s1"))).isTrue();
        assertThat(fanOut.accepts(tierChanged("e9", "s3"))).isFalse();
        fanOut.on(tierChanged("e1", "s1"));
        fanOut.on(tierChanged("e1", "s1"));
        runDue();

        assertThat(transport.sent).hasSize(1);
        assertThat(transport.sent.get(0).url()).hasToString("https://hooks.example.org/mine");
        assertThat(transport.sent.get(0).headers()).containsKeys("webhook-id", "webhook-timestamp",
                "webhook-signature");
        assertThat(deliveries.all()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SUCCEEDED));
    }

    @Test
    void failuresAreRetriedOnTheScheduleThenTheMessageFails() {
        endpoint("e", Tenant.school("s1"));
        transport.script(500, 502, 503);

        fanOut.on(tierChanged("e1", "s1"));
        runDue();
        assertThat(transport.sent).hasSize(1);
        clock.advance(Duration.ofSeconds(59));
        runDue();
        assertThat(transport.sent).as("not before its delay").hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        runDue();
        clock.advance(Duration.ofHours(1));
        runDue();

        WebhookDelivery failed = deliveries.all().iterator().next();
        assertThat(transport.sent).hasSize(3).extracting(s -> s.headers().get("webhook-id")).containsOnly(failed.id());
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).extracting(a -> a.responseStatus()).containsExactly(500, 502, 503);
        assertThat(endpoints.findById("e").orElseThrow().failingSince()).isEqualTo(START);
        assertThat(endpoints.findById("e").orElseThrow().enabled()).isTrue();
    }

    @Test
    void a410DisablesTheEndpointAtOnceAndTellsItsOwner() {
        endpoint("e", Tenant.school("s1"));
        transport.script(410);

        fanOut.on(tierChanged("e1", "s1"));
        runDue();
        clock.advance(Duration.ofDays(1));
        runDue();

        assertThat(transport.sent).hasSize(1);
        assertThat(endpoints.findById("e").orElseThrow().disabledReason()).isEqualTo(DisabledReason.GONE);
        assertThat(deliveries.all()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED));
        assertThat(told).containsExactly("owner-e");
        assertThat(fanOut.accepts(tierChanged("e2", "s1"))).isFalse();
    }

    @Test
    void fiveDaysOfFailuresWithoutASuccessDisableTheEndpoint() {
        endpoint("e", Tenant.school("s1"));
        transport.script(500, 500, 500, 500, 500, 500, 500, 500, 500, 500);

        fanOut.on(tierChanged("e1", "s1"));
        runDue();
        clock.advance(Duration.ofDays(4));
        fanOut.on(tierChanged("e2", "s1"));
        runDue();
        assertThat(endpoints.findById("e").orElseThrow().enabled()).isTrue();
        assertThat(told).isEmpty();

        clock.advance(Duration.ofDays(1));
        fanOut.on(tierChanged("e3", "s1"));
        runDue();

        assertThat(endpoints.findById("e").orElseThrow().disabledReason()).isEqualTo(DisabledReason.FAILING);
        assertThat(told).containsExactly("owner-e");
    }

    @Test
    void aSuccessInBetweenStartsTheFailureWindowAgain() {
        endpoint("e", Tenant.school("s1"));
        transport.script(500, 200, 500);

        fanOut.on(tierChanged("e1", "s1"));
        runDue();
        assertThat(endpoints.findById("e").orElseThrow().failingSince()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(1));
        runDue();
        assertThat(endpoints.findById("e").orElseThrow().failingSince()).isNull();
        clock.advance(Duration.ofDays(6));
        fanOut.on(tierChanged("e2", "s1"));
        runDue();

        WebhookEndpoint endpoint = endpoints.findById("e").orElseThrow();
        assertThat(endpoint.enabled()).isTrue();
        assertThat(endpoint.failingSince()).isEqualTo(clock.instant());
    }

    @Test
    void anAttemptOfAMessageDeliveredMeanwhileDoesNothing() {
        endpoint("e", Tenant.school("s1"));
        fanOut.on(tierChanged("e1", "s1"));
        Reminder first = reminders.pending().get(0);
        attempts.fire(first);
        attempts.fire(first);

        assertThat(transport.sent).hasSize(1);
    }

    /** The HTTP side: answers the scripted statuses in order, then 200. */
    private static final class ScriptedTransport implements WebhookTransport {

        record Sent(URI url, Map<String, String> headers, String body) {
        }

        private final Deque<Integer> statuses = new ArrayDeque<>();
        private final List<Sent> sent = new ArrayList<>();

        void script(Integer... next) {
            statuses.addAll(List.of(next));
        }

        @Override
        public Response post(URI url, Map<String, String> headers, String body, Duration timeout) {
            sent.add(new Sent(url, headers, body));
            Integer status = statuses.isEmpty() ? 200 : statuses.poll();
            return new Response(status < 300 ? AttemptOutcome.SUCCEEDED : AttemptOutcome.HTTP_ERROR, status, "",
                    1);
        }
    }
}
