package fr.passerelle.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.PreferredLanguages;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The settings store: choices saved at their version only, the address recorded apart, languages read back. The
 * store remembers addresses it recorded lately, so each test records for people of its own.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoNotificationSettingsTest {

    private static final String COLLECTION = "notificationSettings";

    @Autowired
    private NotificationSettingsStore store;

    @Autowired
    private PreferredLanguages languages;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    private NotificationSettings chooseEnglishAndMail(NotificationSettings current) {
        return store.saveChoices(current, current.choose(Language.EN, EmailDigest.DAILY,
                Map.of(NotificationKind.MEMBER_JOINED, Set.of(NotificationChannel.EMAIL))));
    }

    @Test
    void aFirstChoiceCreatesTheDocumentAtVersionOneAndReadsBackWhole() {
        NotificationSettings saved = chooseEnglishAndMail(NotificationSettings.defaults("alice"));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.find("alice")).contains(saved);
        assertThat(saved.channels(NotificationKind.MEMBER_JOINED))
                .containsExactlyInAnyOrder(NotificationChannel.IN_APP, NotificationChannel.EMAIL);
        assertThat(languages.of("alice")).contains(Language.EN);
        assertThat(languages.of("bob")).isEmpty();
        assertThat(store.find("bob")).isEmpty();
    }

    @Test
    void aChoiceBasedOnAnOldVersionLosesTheRaceAndChangesNothing() {
        NotificationSettings first = chooseEnglishAndMail(NotificationSettings.defaults("alice"));

        assertThatThrownBy(() -> chooseEnglishAndMail(NotificationSettings.defaults("alice")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(chooseEnglishAndMail(first).version()).isEqualTo(2);
    }

    @Test
    void recordingTheAddressKeepsTheChoicesAndTheirVersion() {
        NotificationSettings chosen = chooseEnglishAndMail(NotificationSettings.defaults("alice"));

        store.recordEmail("alice", EmailAddress.of("alice@mail.test"));

        NotificationSettings after = store.find("alice").orElseThrow();
        assertThat(after.email()).isEqualTo(EmailAddress.of("alice@mail.test"));
        assertThat(after.version()).isEqualTo(chosen.version());
        assertThat(after.choices()).isEqualTo(chosen.choices());
        assertThat(chooseEnglishAndMail(after).email()).isEqualTo(EmailAddress.of("alice@mail.test"));
    }

    @Test
    void anAddressRecordedBeforeAnyChoiceLeavesTheDefaultsAndVersionZero() {
        store.recordEmail("bob", EmailAddress.of("bob@mail.test"));
        store.recordEmail("bob", EmailAddress.of("bob@mail.test"));

        NotificationSettings bob = store.find("bob").orElseThrow();
        assertThat(bob.version()).isZero();
        assertThat(bob.digest()).isEqualTo(EmailDigest.IMMEDIATE);
        assertThat(bob.language()).isNull();
        assertThat(chooseEnglishAndMail(bob).version()).isEqualTo(1);
    }

    @Test
    void aChangedAddressReplacesTheRecordedOne() {
        store.recordEmail("carol", EmailAddress.of("carol@old.test"));
        store.recordEmail("carol", EmailAddress.of("carol@new.test"));

        assertThat(store.find("carol").map(NotificationSettings::email))
                .contains(EmailAddress.of("carol@new.test"));
    }

    @Test
    void aKindNoLongerKnownIsSkippedOnRead() {
        chooseEnglishAndMail(NotificationSettings.defaults("dave"));
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", "dave"),
                new Document("$set", new Document("channels.RETIRED_KIND", List.of("EMAIL"))));

        assertThat(store.find("dave").orElseThrow().choices()).containsOnlyKeys(NotificationKind.MEMBER_JOINED);
    }

    @Test
    void findAllReadsTheStoredAmongTheSubjects() {
        chooseEnglishAndMail(NotificationSettings.defaults("alice"));
        store.recordEmail("erin", EmailAddress.of("erin@mail.test"));

        assertThat(store.findAll(List.of("alice", "erin", "nobody"))).extracting(NotificationSettings::subject)
                .containsExactlyInAnyOrder("alice", "erin");
        assertThat(store.findAll(List.of())).isEmpty();
    }
}
