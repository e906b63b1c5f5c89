package fr.passerelle.notification.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The {@link Notifications} port: idempotent creation, each person's inbox, read marks set once. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoNotificationsTest {

    private static final Instant READ_AT = T0.plusSeconds(3_600);

    @Autowired
    private Notifications notifications;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    @Test
    void addStoresANewNotificationWithEveryField() {
        Notification notification = new Notification("n-1", "sub-ana", NotificationKind.COMPANY_VERIFIED,
                "Votre entreprise est vérifiée", "Garage Dupont a été vérifiée.", "Company", "company-1", T0,
                null);

        assertThat(notifications.add(notification)).isTrue();

        assertThat(notifications.findById("n-1")).contains(notification);
        assertThat(notifications.findById("unknown")).isEmpty();
    }

    @Test
    void findAllByIdReturnsTheNotificationsThatExistAmongTheIds() {
        addInboxes();

        assertThat(notifications.findAllById(List.of("bob-1", "ana-2", "unknown"))).extracting(Notification::id)
                .containsExactlyInAnyOrder("bob-1", "ana-2");
        assertThat(notifications.findAllById(List.of())).isEmpty();
    }

    @Test
    void addingTheSameIdAgainIsRefusedAndKeepsTheFirst() {
        Notification first = notification("n-1", "sub-ana", T0);

        notifications.add(first);
        boolean again = notifications.add(new Notification("n-1", "sub-bob", NotificationKind.MEMBER_JOINED, "autre",
                "autre", null, null, T0.plusSeconds(1), null));

        assertThat(again).isFalse();
        assertThat(notifications.findById("n-1")).contains(first);
    }

    @Test
    void inboxListsOnlyTheRecipientsNotificationsNewestFirst() {
        addInboxes();

        assertThat(ids(notifications.page("sub-ana", false, Paging.first(100, null))))
                .containsExactly("ana-4", "ana-3", "ana-2", "ana-1");
        assertThat(ids(notifications.page("sub-bob", false, Paging.first(100, null)))).containsExactly("bob-1");
        assertThat(ids(notifications.page("sub-nobody", false, Paging.first(100, null)))).isEmpty();
    }

    @Test
    void inboxPagesFollowEachOtherAndCanBeReadUnreadOnly() {
        addInboxes();
        notifications.markRead("sub-ana", "ana-3", READ_AT);

        Page<Notification> first = notifications.page("sub-ana", false, Paging.first(2, null));
        Page<Notification> second = notifications.page("sub-ana", false, Paging.first(2, first.keys().get(1)));
        Page<Notification> unread = notifications.page("sub-ana", true, Paging.first(100, null));

        assertThat(ids(first)).containsExactly("ana-4", "ana-3");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(ids(second)).containsExactly("ana-2", "ana-1");
        assertThat(second.hasNextPage()).isFalse();
        assertThat(ids(unread)).containsExactly("ana-4", "ana-2", "ana-1");
    }

    @Test
    void countUnreadCountsOnlyTheRecipientsUnreadNotifications() {
        addInboxes();
        notifications.markRead("sub-ana", "ana-1", READ_AT);

        assertThat(notifications.countUnread("sub-ana")).isEqualTo(3);
        assertThat(notifications.countUnread("sub-bob")).isEqualTo(1);
        assertThat(notifications.countUnread("sub-nobody")).isZero();
    }

    @Test
    void markReadSetsTheReadTimeOnceAndReturnsTheNotificationAsStored() {
        addInboxes();

        Notification read = notifications.markRead("sub-ana", "ana-1", READ_AT).orElseThrow();
        Notification readAgain = notifications.markRead("sub-ana", "ana-1", READ_AT.plusSeconds(60)).orElseThrow();

        assertThat(read.readAt()).isEqualTo(READ_AT);
        assertThat(readAgain).isEqualTo(read);
        assertThat(notifications.findById("ana-1")).contains(read);
    }

    @Test
    void markReadOfSomeoneElsesNotificationLooksLikeAMissingOneAndChangesNothing() {
        addInboxes();
        Notification bobs = notifications.findById("bob-1").orElseThrow();

        assertThat(notifications.markRead("sub-ana", "bob-1", READ_AT)).isEmpty();
        assertThat(notifications.markRead("sub-ana", "unknown", READ_AT)).isEmpty();

        assertThat(notifications.findById("bob-1")).contains(bobs);
        assertThat(notifications.countUnread("sub-bob")).isEqualTo(1);
    }

    @Test
    void markAllReadMarksOnlyTheRecipientsUnreadNotificationsAndKeepsEarlierReadTimes() {
        addInboxes();
        notifications.markRead("sub-ana", "ana-2", READ_AT);

        long marked = notifications.markAllRead("sub-ana", READ_AT.plusSeconds(60));

        assertThat(marked).isEqualTo(3);
        assertThat(notifications.countUnread("sub-ana")).isZero();
        assertThat(notifications.findById("ana-2").orElseThrow().readAt()).isEqualTo(READ_AT);
        assertThat(notifications.findById("ana-1").orElseThrow().readAt()).isEqualTo(READ_AT.plusSeconds(60));
        assertThat(notifications.countUnread("sub-bob")).isEqualTo(1);
        assertThat(notifications.markAllRead("sub-ana", READ_AT.plusSeconds(120))).isZero();
    }

    @Test
    void createdSinceListsEveryonesNotificationsFromThatInstantOldestFirstUpToTheLimit() {
        addInboxes();

        assertThat(notifications.createdSince(T0.plusSeconds(1), 100)).extracting(Notification::id)
                .containsExactly("ana-2", "bob-1", "ana-3", "ana-4");
        assertThat(notifications.createdSince(T0.plusSeconds(1), 2)).extracting(Notification::id)
                .containsExactly("ana-2", "bob-1");
        assertThat(notifications.createdSince(T0.plusSeconds(10), 100)).isEmpty();
        assertThat(notifications.createdSince(T0, 0)).isEmpty();
    }

    /** Ana: four notifications over three seconds (two at the same instant); Bob: one, at the same instant too. */
    @Test
    void aRecipientsNotificationsOfAPeriodListOldestFirstUpToTheLimitEndExcluded() {
        addInboxes();

        assertThat(notifications.ofRecipientCreatedBetween("sub-ana", T0.plusSeconds(1), T0.plusSeconds(3), 100))
                .extracting(Notification::id).containsExactly("ana-2", "ana-3", "ana-4");
        assertThat(notifications.ofRecipientCreatedBetween("sub-ana", T0, T0.plusSeconds(2), 100))
                .extracting(Notification::id).containsExactly("ana-1", "ana-2");
        assertThat(notifications.ofRecipientCreatedBetween("sub-ana", T0, T0.plusSeconds(3), 1))
                .extracting(Notification::id).containsExactly("ana-1");
    }

    private void addInboxes() {
        notifications.add(notification("ana-3", "sub-ana", T0.plusSeconds(2)));
        notifications.add(notification("ana-1", "sub-ana", T0));
        notifications.add(notification("bob-1", "sub-bob", T0.plusSeconds(1)));
        notifications.add(notification("ana-4", "sub-ana", T0.plusSeconds(2)));
        notifications.add(notification("ana-2", "sub-ana", T0.plusSeconds(1)));
    }

    private static Notification notification(String id, String recipient, Instant createdAt) {
        return new Notification(id, recipient, NotificationKind.SCHOOL_TIER_CHANGED, "Niveau modifié",
                "Le niveau a changé.", "School", "school-1", createdAt, null);
    }

    private static List<String> ids(Page<Notification> page) {
        return page.items().stream().map(Notification::id).toList();
    }
}
