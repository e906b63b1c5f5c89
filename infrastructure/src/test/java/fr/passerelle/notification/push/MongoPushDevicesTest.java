package fr.passerelle.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.out.PushDevices;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The devices store: one document per token, moved whole to its latest registrant, removed only by its owner. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoPushDevicesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Autowired
    private PushDevices devices;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    private PushDevice register(String subject, String token, int minute) {
        PushDevice device = PushDevice.register(subject, PushPlatform.ANDROID, token, T0.plusSeconds(60L * minute));
        devices.register(device);
        return device;
    }

    @Test
    void aDeviceReadsBackWholeAndIsKeyedByItsTokensHash() {
        PushDevice device = register("alice", "fcm-token-1", 0);

        assertThat(devices.findById(PushDevice.idOf("fcm-token-1"))).contains(device);
        assertThat(TestDatabase.raw(mongo, "pushDevices", device.id())).isNotNull();
    }

    @Test
    void registeringATokenAgainMovesItToItsLatestRegistrant() {
        register("alice", "fcm-token-1", 0);
        register("bob", "fcm-token-1", 1);

        assertThat(devices.ofSubject("alice")).isEmpty();
        assertThat(devices.ofSubject("bob")).extracting(PushDevice::token).containsExactly("fcm-token-1");
    }

    @Test
    void devicesListNewestFirstForOneOrManyPeople() {
        register("alice", "old", 0);
        register("alice", "new", 5);
        register("bob", "bobs", 3);
        register("carol", "carols", 4);

        assertThat(devices.ofSubject("alice")).extracting(PushDevice::token).containsExactly("new", "old");
        assertThat(devices.ofSubjects(List.of("alice", "bob"))).extracting(PushDevice::token)
                .containsExactly("new", "bobs", "old");
        assertThat(devices.ofSubjects(List.of())).isEmpty();
    }

    @Test
    void onlyTheOwnerRemovesADevice() {
        PushDevice device = register("alice", "fcm-token-1", 0);

        assertThat(devices.remove("bob", device.id())).isFalse();
        assertThat(devices.findById(device.id())).isPresent();
        assertThat(devices.remove("alice", device.id())).isTrue();
        assertThat(devices.remove("alice", device.id())).isFalse();
    }
}
