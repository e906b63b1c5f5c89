package fr.passerelle.notification.persistence;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoNotifications implements Notifications {

    private static final String RECIPIENT = "recipient";
    private static final String READ_AT = "readAt";
    private static final String CREATED_AT = "createdAt";

    private final MongoOperations mongo;
    private final NotificationDocumentMapper mapper;
    private final KeysetPager<NotificationDocument> pager;

    MongoNotifications(MongoOperations mongo, NotificationDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
        this.pager = new KeysetPager<>(mongo, NotificationDocument.class, NotificationDocument::id);
    }

    @Override
    public boolean add(Notification notification) {
        try {
            mongo.insert(mapper.toDocument(notification));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<Notification> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificationDocument.class)).map(mapper::toDomain);
    }

    @Override
    public List<Notification> findAllById(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), NotificationDocument.class).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    public Page<Notification> page(String recipient, boolean unreadOnly, Paging paging) {
        return pager.page(inbox(recipient, unreadOnly), CREATED_AT, false, paging, NotificationDocument::createdAt)
                .map(mapper::toDomain);
    }

    @Override
    public long countUnread(String recipient) {
        return mongo.count(Query.query(inbox(recipient, true)), NotificationDocument.class);
    }

    @Override
    public Optional<Notification> markRead(String recipient, String id, Instant at) {
        Query unreadOfRecipient = Query.query(Criteria.where("_id").is(id).and(RECIPIENT).is(recipient)
                .and(READ_AT).isNull());
        NotificationDocument marked = mongo.findAndModify(unreadOfRecipient, new Update().set(READ_AT, at),
                FindAndModifyOptions.options().returnNew(true), NotificationDocument.class);
        if (marked != null) {
            return Optional.of(mapper.toDomain(marked));
        }
        // Already read (idempotent), someone else's, or missing: the last two look the same.
        return findById(id).filter(n -> n.recipient().equals(recipient));
    }

    @Override
    public long markAllRead(String recipient, Instant at) {
        return mongo.updateMulti(Query.query(inbox(recipient, true)), new Update().set(READ_AT, at),
                NotificationDocument.class).getModifiedCount();
    }

    @Override
    public List<Notification> ofRecipientCreatedBetween(String recipient, Instant from, Instant to, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query day = Query.query(Criteria.where(RECIPIENT).is(recipient).and(CREATED_AT).gte(from).lt(to))
                .with(Sort.by(CREATED_AT, "_id")).limit(limit);
        return mongo.find(day, NotificationDocument.class).stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<Notification> createdSince(Instant since, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query recent = Query.query(Criteria.where(CREATED_AT).gte(since))
                .with(Sort.by(CREATED_AT, "_id")).limit(limit);
        return mongo.find(recent, NotificationDocument.class).stream().map(mapper::toDomain).toList();
    }

    private static Criteria inbox(String recipient, boolean unreadOnly) {
        Criteria criteria = Criteria.where(RECIPIENT).is(recipient);
        return unreadOnly ? criteria.and(READ_AT).isNull() : criteria;
    }
}
