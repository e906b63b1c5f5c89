package fr.passerelle.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases.KindChannels;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases.SettingsChange;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.InMemoryNotificationSettings;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationSettingsServiceTest {

    private final InMemoryNotificationSettings store = new InMemoryNotificationSettings();
    private final NotificationSettingsService service = new NotificationSettingsService(store);
    private final Actor alice = Actors.learner("alice");
    private final Actor bob = Actors.learner("bob");

    private static SettingsChange channels(Long expectedVersion, KindChannels... entries) {
        return new SettingsChange(null, null, List.of(entries), expectedVersion);
    }

    @Test
    void someoneWhoNeverChoseHasTheDefaultsAndNothingIsStored() {
        NotificationSettings mine = service.mine(alice);

        assertThat(mine.language()).isNull();
        assertThat(mine.digest()).isEqualTo(EmailDigest.IMMEDIATE);
        assertThat(mine.version()).isZero();
        assertThat(store.writes()).isZero();
    }

    @Test
    void choicesAreKeptAndOnlyTheKindsListedChange() {
        service.change(alice, new SettingsChange(Language.EN, EmailDigest.DAILY, List.of(
                new KindChannels(NotificationKind.MEMBER_JOINED, List.of(NotificationChannel.EMAIL))), null));
        NotificationSettings after = service.change(alice, channels(1L,
                new KindChannels(NotificationKind.COMPANY_VERIFIED, List.of())));

        assertThat(after.version()).isEqualTo(2);
        assertThat(after.language()).isEqualTo(Language.EN);
        assertThat(after.digest()).isEqualTo(EmailDigest.DAILY);
        assertThat(after.channels(NotificationKind.MEMBER_JOINED))
                .containsExactlyInAnyOrder(NotificationChannel.IN_APP, NotificationChannel.EMAIL);
        assertThat(after.channels(NotificationKind.COMPANY_VERIFIED)).containsExactly(NotificationChannel.IN_APP);
        assertThat(service.mine(bob).version()).isZero();
    }

    @Test
    void choosingWhatIsAlreadyChosenWritesNothingAndKeepsTheVersion() {
        NotificationSettings chosen = service.change(alice, new SettingsChange(Language.EN, EmailDigest.DAILY, List.of(
                new KindChannels(NotificationKind.MEMBER_JOINED, List.of(NotificationChannel.EMAIL))), null));
        int writes = store.writes();

        NotificationSettings again = service.change(alice, new SettingsChange(Language.EN, null, List.of(
                new KindChannels(NotificationKind.MEMBER_JOINED, List.of(NotificationChannel.EMAIL))), 1L));
        NotificationSettings empty = service.change(alice, new SettingsChange(null, null, null, 1L));

        assertThat(again.version()).isEqualTo(1);
        assertThat(empty).isEqualTo(chosen);
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void aStaleVersionChangesNothing() {
        service.change(alice, new SettingsChange(Language.EN, null, null, null));

        assertThatThrownBy(() -> service.change(alice, new SettingsChange(Language.FR, null, null, 0L)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.code()).isEqualTo(ErrorCode.STALE_VERSION)));
        assertThat(service.mine(alice).language()).isEqualTo(Language.EN);
    }

    @Test
    void aKindListedTwiceIsReportedAtItsSecondEntry() {
        assertThatThrownBy(() -> service.change(alice, channels(null,
                new KindChannels(NotificationKind.MEMBER_JOINED, List.of()),
                new KindChannels(NotificationKind.COMPANY_VERIFIED, List.of()),
                new KindChannels(NotificationKind.MEMBER_JOINED, List.of(NotificationChannel.PUSH)))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).containsExactly("channels", "2", "kind");
                            assertThat(v.code()).isEqualTo(ErrorCode.DUPLICATE);
                        }));
        assertThat(store.writes()).isZero();
    }

    @Test
    void moreEntriesThanKindsAreRefusedBeforeAnyIsLookedAt() {
        KindChannels[] tooMany = Collections.nCopies(NotificationKind.values().length + 1,
                new KindChannels(NotificationKind.MEMBER_JOINED, List.of())).toArray(KindChannels[]::new);

        assertThatThrownBy(() -> service.change(alice, channels(null, tooMany)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).containsExactly("channels");
                            assertThat(v.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
                        }));
    }

    @Test
    void theVerifiedAddressIsRecordedOnlyWhenItChangesAndLeavesTheVersionAlone() {
        service.recordAddress(alice);
        service.recordAddress(alice);
        service.recordAddress(Actors.withoutVerifiedEmail("alice"));

        assertThat(store.writes()).isEqualTo(1);
        assertThat(service.mine(alice).email()).isEqualTo(Actors.emailOf("alice"));
        assertThat(service.mine(alice).version()).isZero();
    }
}
