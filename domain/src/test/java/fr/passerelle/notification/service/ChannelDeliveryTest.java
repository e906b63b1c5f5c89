package fr.passerelle.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.out.PushUnavailableException;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.NodeIds;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.FakeTexts;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryNotificationSettings;
import fr.passerelle.testing.InMemoryNotifications;
import fr.passerelle.testing.InMemoryPushDevices;
import fr.passerelle.testing.RecordingMailer;
import fr.passerelle.testing.RecordingPushGateway;
import fr.passerelle.testing.RecordingReminders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChannelDeliveryTest {

    private static final Notice VERIFIED = new Notice(NotificationKind.COMPANY_VERIFIED,
            Map.of("organisation", "Central Auto"), "Company", "company-c");
    private static final Notice JOINED = new Notice(NotificationKind.MEMBER_JOINED,
            Map.of("organisation", "Central Auto"), "Company", "company-c");
    private static final String TITLE = FakeTexts.title("company_verified", Map.of("organisation", "Central Auto"));

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryNotificationSettings settings = new InMemoryNotificationSettings();
    private final InMemoryPushDevices devices = new InMemoryPushDevices();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final RecordingReminders reminders = new RecordingReminders();
    private final RecordingMailer mailer = new RecordingMailer();
    private final RecordingPushGateway gateway = new RecordingPushGateway();
    private final FakeTexts texts = new FakeTexts();
    private final ContactAddresses addresses = new ContactAddresses(memberships);
    private final ChannelDelivery delivery = new ChannelDelivery(notifications, settings, devices, reminders, mailer,
            texts, Fixtures.CLOCK);
    private final NoticeMail noticeMail = new NoticeMail(notifications, settings, addresses, mailer);
    private final NoticePush noticePush = new NoticePush(notifications, devices, gateway);
    private final DailyDigest digest = new DailyDigest(notifications, settings, addresses, mailer, texts);

    private void choose(String subject, Language language, EmailDigest emailDigest, NotificationKind kind,
                        NotificationChannel... channels) {
        NotificationSettings current = settings.find(subject).orElseGet(() -> NotificationSettings.defaults(subject));
        settings.saveChoices(current, current.choose(language, emailDigest, Map.of(kind, Set.of(channels))));
    }

    private PushDevice device(String subject, String token) {
        PushDevice device = PushDevice.register(subject, PushPlatform.ANDROID, token, Fixtures.NOW);
        devices.register(device);
        return device;
    }

    private List<Reminder> scheduled(String kind) {
        return reminders.pending().stream().filter(r -> r.kind().equals(kind)).toList();
    }

    private void fireAll(String kind) {
        var handler = switch (kind) {
            case NoticeMail.KIND -> noticeMail;
            case NoticePush.KIND -> noticePush;
            default -> digest;
        };
        scheduled(kind).forEach(handler::fire);
    }

    @Nested
    class InTheApp {

        @Test
        void everyRecipientGetsOneNotificationInFrenchWhenTheyChoseNoLanguage() {
            delivery.toPeople("event-1", VERIFIED, List.of("alice", "bob", "alice"));

            assertThat(notifications.all()).extracting(Notification::recipient).containsExactly("alice", "bob");
            Notification alice = notifications.findById(Notification.idFor("event-1", "alice")).orElseThrow();
            assertThat(alice.title()).isEqualTo(TITLE);
            assertThat(alice.body()).startsWith("fr|");
            assertThat(alice.targetType()).isEqualTo("Company");
        }

        @Test
        void aPersonWhoChoseEnglishReadsEnglish() {
            choose("alice", Language.EN, null, NotificationKind.MEMBER_JOINED, NotificationChannel.IN_APP);

            delivery.toPeople("event-1", VERIFIED, List.of("alice", "bob"));

            assertThat(notifications.findById(Notification.idFor("event-1", "alice")).orElseThrow().body())
                    .startsWith("en|");
            assertThat(notifications.findById(Notification.idFor("event-1", "bob")).orElseThrow().body())
                    .startsWith("fr|");
        }

        @Test
        void anEventDeliveredTwiceNotifiesAndSchedulesOnce() {
            device("alice", "token-alice");
            choose("alice", null, null, NotificationKind.COMPANY_VERIFIED, NotificationChannel.EMAIL,
                    NotificationChannel.PUSH);

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            delivery.toPeople("event-1", VERIFIED, List.of("alice"));

            assertThat(notifications.all()).hasSize(1);
            assertThat(reminders.pending()).hasSize(2);
        }

        @Test
        void nobodyToTellIsNothingToDo() {
            delivery.toPeople("event-1", VERIFIED, List.of());

            assertThat(notifications.all()).isEmpty();
            assertThat(settings.writes()).isZero();
        }
    }

    @Nested
    class Push {

        @Test
        void byDefaultAnInformationalNoticeIsPushedToEachOfTheRecipientsDevices() {
            PushDevice phone = device("alice", "token-phone");
            device("alice", "token-tablet");
            device("bob", "token-bob");

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            fireAll(NoticePush.KIND);

            assertThat(gateway.sent()).extracting(PushMessage::token)
                    .containsExactlyInAnyOrder("token-phone", "token-tablet");
            PushMessage push = gateway.sent().stream().filter(p -> p.token().equals(phone.token())).findFirst()
                    .orElseThrow();
            String notificationId = Notification.idFor("event-1", "alice");
            assertThat(push.title()).isEqualTo(TITLE);
            assertThat(push.notificationId()).isEqualTo(NodeIds.encode("Notification", notificationId));
            assertThat(push.targetId()).isEqualTo(NodeIds.encode("Company", "company-c"));
            assertThat(push.collapseKey()).isEqualTo(notificationId);
            assertThat(scheduled(NoticeMail.KIND)).isEmpty();
            assertThat(scheduled(NoticePush.KIND)).allSatisfy(job -> assertThat(job.key() + job.attributes())
                    .as("jobs name devices by their token's hash").doesNotContain("token-"));
        }

        @Test
        void aPersonWhoTurnedPushOffForTheKindGetsNoPushButStillTheNotification() {
            device("alice", "token-alice");
            choose("alice", null, null, NotificationKind.COMPANY_VERIFIED);

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));

            assertThat(scheduled(NoticePush.KIND)).isEmpty();
            assertThat(notifications.all()).hasSize(1);
        }

        @Test
        void aTokenTheServiceCallsInvalidIsForgotten() {
            PushDevice stale = device("alice", "token-stale");
            gateway.invalidate("token-stale");

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            fireAll(NoticePush.KIND);

            assertThat(devices.findById(stale.id())).isEmpty();
            assertThat(gateway.sent()).isEmpty();
        }

        @Test
        void aDeviceRegisteredMeanwhileBySomeoneElseGetsNothingOfThePreviousOwner() {
            device("alice", "token-shared");
            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            device("bob", "token-shared");

            fireAll(NoticePush.KIND);

            assertThat(gateway.sent()).isEmpty();
        }

        @Test
        void anUnavailableServiceFailsThePushAloneForItsRetryAndKeepsTheNotification() {
            device("alice", "token-alice");
            gateway.unavailable(true);

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));

            assertThat(notifications.all()).hasSize(1);
            Reminder push = scheduled(NoticePush.KIND).get(0);
            assertThatThrownBy(() -> noticePush.fire(push)).isInstanceOf(PushUnavailableException.class);
            gateway.unavailable(false);
            noticePush.fire(push);
            assertThat(gateway.sent()).hasSize(1);
        }
    }

    @Nested
    class Email {

        @Test
        void byDefaultAnInformationalNoticeIsNotMailed() {
            settings.recordEmail("alice", EmailAddress.of("alice@mail.test"));

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));

            assertThat(scheduled(NoticeMail.KIND)).isEmpty();
        }

        @Test
        void aPersonWhoChoseEmailIsMailedTheNotificationAtTheAddressOfTheirLastSignIn() {
            settings.recordEmail("alice", EmailAddress.of("alice@mail.test"));
            choose("alice", Language.EN, null, NotificationKind.COMPANY_VERIFIED, NotificationChannel.EMAIL);

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            fireAll(NoticeMail.KIND);
            fireAll(NoticeMail.KIND);

            String notificationId = Notification.idFor("event-1", "alice");
            assertThat(mailer.sent()).singleElement().satisfies(mail -> {
                assertThat(mail.key()).isEqualTo("mail/" + notificationId);
                assertThat(mail.to().value()).isEqualTo("alice@mail.test");
                assertThat(mail.text().title()).isEqualTo(TITLE);
                assertThat(mail.text().body()).startsWith("en|");
            });
        }

        @Test
        void withoutARecordedAddressTheMailGoesToAnActiveMembershipsAddress() {
            Actors.member(memberships, "alice", Tenant.company("company-c"), MembershipRole.RECRUITER);
            choose("alice", null, null, NotificationKind.COMPANY_VERIFIED, NotificationChannel.EMAIL);

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            fireAll(NoticeMail.KIND);

            assertThat(mailer.sent()).extracting(mail -> mail.to().value()).containsExactly("alice@mail.test");
        }

        @Test
        void withNoAddressAtAllThereIsNoMailAndNoError() {
            choose("alice", null, null, NotificationKind.COMPANY_VERIFIED, NotificationChannel.EMAIL);

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            fireAll(NoticeMail.KIND);

            assertThat(mailer.sent()).isEmpty();
            assertThat(notifications.all()).hasSize(1);
        }

        @Test
        void someoneWithoutAnAccountIsMailedInFrenchAtOnce() {
            delivery.toAddress("event-1", VERIFIED, EmailAddress.of("tutor@mail.test"));

            assertThat(mailer.sent()).singleElement().satisfies(mail -> {
                assertThat(mail.key()).isEqualTo("mail/" + Notification.idFor("event-1", "tutor@mail.test"));
                assertThat(mail.text().body()).startsWith("fr|");
            });
            assertThat(notifications.all()).isEmpty();
        }
    }

    @Nested
    class DailyDigestMail {

        private static final Instant EVENING = Instant.parse("2025-03-01T21:30:00Z");

        private ChannelDelivery deliveryAt(Instant at) {
            return new ChannelDelivery(notifications, settings, devices, reminders, mailer, texts,
                    Clock.fixed(at, ZoneOffset.UTC));
        }

        @Test
        void aDaysEmailNoticesGoOutTogetherTheNextMorningInThePersonsLanguage() {
            settings.recordEmail("alice", EmailAddress.of("alice@mail.test"));
            choose("alice", Language.EN, EmailDigest.DAILY, NotificationKind.COMPANY_VERIFIED,
                    NotificationChannel.EMAIL);
            choose("alice", null, null, NotificationKind.MEMBER_JOINED, NotificationChannel.EMAIL);
            choose("alice", null, null, NotificationKind.COMPANY_REJECTED);

            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            deliveryAt(EVENING).toPeople("event-2", JOINED, List.of("alice"));
            deliveryAt(EVENING).toPeople("event-3", new Notice(NotificationKind.COMPANY_REJECTED,
                    Map.of("organisation", "Central Auto"), null, null), List.of("alice"));

            assertThat(scheduled(NoticeMail.KIND)).isEmpty();
            Reminder daily = scheduled(DailyDigest.KIND).get(0);
            assertThat(scheduled(DailyDigest.KIND)).hasSize(1);
            assertThat(daily.dueAt()).isEqualTo(Instant.parse("2025-03-02T06:00:00Z"));

            digest.fire(daily);
            digest.fire(daily);

            assertThat(mailer.sent()).singleElement().satisfies(mail -> {
                assertThat(mail.key()).isEqualTo("mail/notice-digest/alice/2025-03-01");
                assertThat(mail.to().value()).isEqualTo("alice@mail.test");
                assertThat(mail.text().title()).contains("notification_digest", "count=2", "day=March 1, 2025");
                assertThat(mail.text().title()).contains(TITLE)
                        .contains(FakeTexts.title("member_joined", Map.of("organisation", "Central Auto")))
                        .doesNotContain("company_rejected");
            });
        }

        @Test
        void aDayOfNoEmailNoticesSendsNoDigest() {
            settings.recordEmail("alice", EmailAddress.of("alice@mail.test"));
            choose("alice", null, EmailDigest.DAILY, NotificationKind.COMPANY_VERIFIED, NotificationChannel.EMAIL);
            delivery.toPeople("event-1", VERIFIED, List.of("alice"));
            choose("alice", null, null, NotificationKind.COMPANY_VERIFIED);

            fireAll(DailyDigest.KIND);

            assertThat(mailer.sent()).isEmpty();
        }
    }
}
