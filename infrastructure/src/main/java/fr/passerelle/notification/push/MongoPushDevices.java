package fr.passerelle.notification.push;

import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.port.out.PushDevices;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPushDevices implements PushDevices {

    private static final String SUBJECT = "subject";
    /** Newest first, ties by id: a stable order for the cap to trim by. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("_id"));

    private final MongoOperations mongo;

    MongoPushDevices(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** A whole-document replace by id: the token's new owner, platform and time in one atomic write. */
    @Override
    public void register(PushDevice device) {
        mongo.save(toDocument(device));
    }

    @Override
    public Optional<PushDevice> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, PushDeviceDocument.class)).map(MongoPushDevices::toDomain);
    }

    @Override
    public List<PushDevice> ofSubject(String subject) {
        return find(Criteria.where(SUBJECT).is(subject));
    }

    @Override
    public List<PushDevice> ofSubjects(Collection<String> subjects) {
        return subjects.isEmpty() ? List.of() : find(Criteria.where(SUBJECT).in(subjects));
    }

    @Override
    public boolean remove(String subject, String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id).and(SUBJECT).is(subject)),
                PushDeviceDocument.class).getDeletedCount() > 0;
    }

    private List<PushDevice> find(Criteria criteria) {
        return mongo.find(Query.query(criteria).with(NEWEST_FIRST), PushDeviceDocument.class).stream()
                .map(MongoPushDevices::toDomain).toList();
    }

    private static PushDeviceDocument toDocument(PushDevice device) {
        return new PushDeviceDocument(device.id(), device.subject(), device.platform(), device.token(),
                device.registeredAt());
    }

    private static PushDevice toDomain(PushDeviceDocument document) {
        return new PushDevice(document.id(), document.subject(), document.platform(), document.token(),
                document.registeredAt());
    }
}
