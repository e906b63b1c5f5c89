package fr.passerelle.notification.push;

import fr.passerelle.notification.model.PushPlatform;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A registered device, keyed by its token's hash, so a token is stored once whoever registers it. */
@Document("pushDevices")
@CompoundIndex(name = "subject_recent", def = "{'subject': 1, 'registeredAt': -1}")
record PushDeviceDocument(@Id String id, String subject, PushPlatform platform, String token, Instant registeredAt) {
}
