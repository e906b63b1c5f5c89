package fr.passerelle.notification.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.bySubject;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The inbox, the person's notification settings (language, channels, the address mail goes to) and their push
 * devices: all service to the person alone, so an erasure deletes them and nobody else misses them.
 */
@Component
class NotificationsPrivacy implements PersonalDataProvider {

    static final String INBOX = "notification.inbox";
    static final String SETTINGS = "notification.settings";
    static final String DEVICES = "notification.push-devices";

    private final MongoOperations mongo;

    NotificationsPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "notification";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData(INBOX, "notifications", List.of("recipient", "title", "body", "readAt"),
                        "privacy.purpose.notifications", LegalBasis.CONTRACT, PersonalData.Erasure.DELETE),
                new PersonalData(SETTINGS, "notificationSettings", List.of("_id", "language", "digest", "channels",
                        "email"), "privacy.purpose.notification-settings", LegalBasis.CONTRACT,
                        PersonalData.Erasure.DELETE),
                new PersonalData(DEVICES, "pushDevices", List.of("subject", "platform", "token", "registeredAt"),
                        "privacy.purpose.push-devices", LegalBasis.CONSENT, PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return Stream.of(
                PrivacyQueries.section(mongo, "notification-inbox", "notifications", bySubject("recipient", person),
                        List.of("kind", "title", "body", "targetType", "targetId", "createdAt", "readAt")),
                PrivacyQueries.section(mongo, "notification-settings", "notificationSettings",
                        bySubject("_id", person), List.of("language", "digest", "channels", "email")),
                PrivacyQueries.section(mongo, "notification-push-devices", "pushDevices",
                        bySubject("subject", person), List.of("platform", "registeredAt")))
                .flatMap(java.util.Optional::stream).toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        int deleted = PrivacyQueries.delete(mongo, "notifications", bySubject("recipient", person))
                + PrivacyQueries.delete(mongo, "notificationSettings", bySubject("_id", person))
                + PrivacyQueries.delete(mongo, "pushDevices", bySubject("subject", person));
        return PrivacyQueries.outcome(feature(), deleted, 0);
    }

    /** Read notifications go once their policy's period has passed since they were created. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!INBOX.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        return PrivacyQueries.outcome(feature(), PrivacyQueries.delete(mongo, "notifications",
                Criteria.where("createdAt").lt(triggeredBefore)), 0);
    }
}
