package fr.passerelle.notification.preferences;

import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoNotificationSettings implements NotificationSettingsStore {

    private static final String ID = "_id";
    private static final String VERSION = "version";
    private static final String EMAIL = "email";

    private final MongoOperations mongo;
    private final RecordedAddresses recorded;

    MongoNotificationSettings(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.recorded = new RecordedAddresses(clock);
    }

    @Override
    public Optional<NotificationSettings> find(String subject) {
        return Optional.ofNullable(mongo.findById(subject, NotificationSettingsDocument.class))
                .map(MongoNotificationSettings::toDomain);
    }

    @Override
    public List<NotificationSettings> findAll(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where(ID).in(subjects)), NotificationSettingsDocument.class).stream()
                .map(MongoNotificationSettings::toDomain).toList();
    }

    /**
     * One upsert conditional on the version read: it updates the document at that version, creates it when there is
     * none (version 0), and collides on the id when the document moved on — the lost race.
     */
    @Override
    public NotificationSettings saveChoices(NotificationSettings current, NotificationSettings changed) {
        Query atVersion = Query.query(Criteria.where(ID).is(current.subject()).and(VERSION).is(current.version()));
        Update choices = new Update().set("language", changed.language()).set("digest", changed.digest())
                .set("channels", channelsOf(changed)).inc(VERSION, 1);
        try {
            return toDomain(mongo.findAndModify(atVersion, choices,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), NotificationSettingsDocument.class));
        } catch (DuplicateKeyException movedOn) {
            throw new ConcurrentUpdateException("NotificationSettings", current.subject());
        }
    }

    /**
     * Writes only when the stored address differs: the filter leaves out the document that already holds it (and
     * the upsert then collides with it, which means "nothing to do"). Addresses recently confirmed are not even
     * looked up, so a person's requests cost no database round trip for this.
     */
    @Override
    public void recordEmail(String subject, EmailAddress email) {
        if (recorded.isFresh(subject, email)) {
            return;
        }
        Query different = Query.query(Criteria.where(ID).is(subject).and(EMAIL).ne(email.value()));
        try {
            mongo.upsert(different, new Update().set(EMAIL, email.value()).setOnInsert(VERSION, 0L),
                    NotificationSettingsDocument.class);
        } catch (DuplicateKeyException alreadyRecorded) {
            // The document exists and holds this address already.
        }
        recorded.remember(subject, email);
    }

    private static Map<String, List<NotificationChannel>> channelsOf(NotificationSettings settings) {
        Map<String, List<NotificationChannel>> byName = new TreeMap<>();
        settings.choices().forEach((kind, channels) -> byName.put(kind.name(),
                channels.stream().sorted().toList()));
        return byName;
    }

    private static NotificationSettings toDomain(NotificationSettingsDocument document) {
        Map<NotificationKind, Set<NotificationChannel>> choices = new EnumMap<>(NotificationKind.class);
        if (document.channels() != null) {
            document.channels().forEach((name, channels) -> kindNamed(name)
                    .ifPresent(kind -> choices.put(kind, Set.copyOf(channels))));
        }
        return new NotificationSettings(document.subject(), document.language(),
                document.digest() != null ? document.digest() : EmailDigest.IMMEDIATE, choices,
                document.email() != null ? EmailAddress.of(document.email()) : null, document.version());
    }

    private static Optional<NotificationKind> kindNamed(String name) {
        try {
            return Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException retired) {
            return Optional.empty();
        }
    }
}
