package fr.passerelle.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryNotifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final Instant LATER = Fixtures.NOW.plus(Duration.ofDays(1));

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final NotificationService service = serviceAt(LATER);
    private final Actor alice = Actors.learner("alice");
    private final Actor bob = Actors.learner("bob");

    private NotificationService serviceAt(Instant now) {
        return new NotificationService(notifications, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Notification notification(String id, String recipient, int hoursAfterNow, Instant readAt) {
        return new Notification(id, recipient, NotificationKind.COMPANY_VERIFIED, "title", "body", "Company",
                "company-1", Fixtures.NOW.plus(Duration.ofHours(hoursAfterNow)), readAt);
    }

    @BeforeEach
    void anInboxForAliceAndOneForBob() {
        notifications.add(notification("alice-1", "alice", 0, null));
        notifications.add(notification("alice-2", "alice", 1, null));
        notifications.add(notification("alice-3", "alice", 2, Fixtures.NOW.plus(Duration.ofHours(3))));
        notifications.add(notification("bob-1", "bob", 1, null));
    }

    private Notification stored(String id) {
        return notifications.findById(id).orElseThrow();
    }

    @Nested
    class Reading {

        @Test
        void mine_are_the_actors_own_newest_first() {
            assertThat(service.mine(alice, false, FIRST_PAGE).items()).extracting(Notification::id)
                    .containsExactly("alice-3", "alice-2", "alice-1");
            assertThat(service.mine(bob, false, FIRST_PAGE).items()).extracting(Notification::id)
                    .containsExactly("bob-1");
            assertThat(service.mine(Actors.learner("carol"), false, FIRST_PAGE).items()).isEmpty();
        }

        @Test
        void unread_only_leaves_out_the_read_ones() {
            assertThat(service.mine(alice, true, FIRST_PAGE).items()).extracting(Notification::id)
                    .containsExactly("alice-2", "alice-1");
        }

        @Test
        void the_unread_count_is_the_actors_own() {
            assertThat(service.unreadCount(alice)).isEqualTo(2);
            assertThat(service.unreadCount(bob)).isEqualTo(1);
            assertThat(service.unreadCount(Actors.learner("carol"))).isZero();
        }

        @Test
        void someone_elses_notification_is_not_found_like_a_missing_one() {
            assertThat(service.find(alice, "alice-1")).contains(stored("alice-1"));
            assertThat(service.find(alice, "bob-1")).isEmpty();
            assertThat(service.find(alice, "missing")).isEmpty();
        }

        @Test
        void find_all_keeps_only_the_actors_own() {
            assertThat(service.findAll(alice, List.of("alice-1", "bob-1", "missing", "alice-2")))
                    .extracting(Notification::id).containsExactlyInAnyOrder("alice-1", "alice-2");
            assertThat(service.findAll(bob, List.of("alice-1", "alice-2"))).isEmpty();
        }

        @Test
        void the_live_feed_is_everyones_since_an_instant_oldest_first() {
            assertThat(service.createdSince(Fixtures.NOW.plus(Duration.ofHours(1)), 10)).extracting(Notification::id)
                    .containsExactly("alice-2", "bob-1", "alice-3");
            assertThat(service.createdSince(Fixtures.NOW, 2)).extracting(Notification::id)
                    .containsExactly("alice-1", "alice-2");
        }
    }

    @Nested
    class MarkRead {

        @Test
        void marking_ones_own_notification_read_stamps_it_now() {
            Notification read = service.markRead(alice, "alice-1");

            assertThat(read.readAt()).isEqualTo(LATER);
            assertThat(stored("alice-1")).isEqualTo(read);
            assertThat(service.unreadCount(alice)).isEqualTo(1);
        }

        @Test
        void marking_again_keeps_the_first_time_it_was_read() {
            service.markRead(alice, "alice-1");

            Notification again = serviceAt(LATER.plus(Duration.ofHours(5))).markRead(alice, "alice-1");

            assertThat(again.readAt()).isEqualTo(LATER);
            assertThat(service.markRead(alice, "alice-3").readAt()).isEqualTo(Fixtures.NOW.plus(Duration.ofHours(3)));
        }

        @Test
        void someone_elses_notification_is_not_found_and_stays_unread() {
            Throwable others = catchThrowable(() -> service.markRead(alice, "bob-1"));

            assertThat(others).isInstanceOf(NotFoundException.class).hasMessage("Notification bob-1 not found");
            assertThat(stored("bob-1").isRead()).isFalse();
        }

        @Test
        void a_missing_notification_is_not_found_the_same_way() {
            Throwable missing = catchThrowable(() -> service.markRead(alice, "nothing"));

            assertThat(missing).isInstanceOf(NotFoundException.class).hasMessage("Notification nothing not found");
        }

        @Test
        void marking_all_read_counts_the_actors_unread_ones_only() {
            assertThat(service.markAllRead(alice)).isEqualTo(2);
            assertThat(service.markAllRead(alice)).isZero();

            assertThat(service.unreadCount(alice)).isZero();
            assertThat(stored("alice-2").readAt()).isEqualTo(LATER);
            assertThat(stored("alice-3").readAt()).isEqualTo(Fixtures.NOW.plus(Duration.ofHours(3)));
            assertThat(stored("bob-1").isRead()).isFalse();
        }
    }
}
