package fr.passerelle.testing;

import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.port.out.PushDevices;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link PushDevices} in memory: registering a token replaces its device, whoever's it was. */
public class InMemoryPushDevices extends InMemoryRecords<PushDevice> implements PushDevices {

    private static final Comparator<PushDevice> NEWEST_FIRST =
            Comparator.comparing(PushDevice::registeredAt).reversed().thenComparing(PushDevice::id);

    public InMemoryPushDevices() {
        super(PushDevice::id);
    }

    @Override
    public void register(PushDevice device) {
        put(device);
    }

    @Override
    public Optional<PushDevice> findById(String id) {
        return super.findById(id);
    }

    @Override
    public List<PushDevice> ofSubject(String subject) {
        return matching(d -> d.subject().equals(subject), NEWEST_FIRST);
    }

    @Override
    public List<PushDevice> ofSubjects(Collection<String> subjects) {
        Set<String> wanted = Set.copyOf(subjects);
        return matching(d -> wanted.contains(d.subject()), NEWEST_FIRST);
    }

    @Override
    public boolean remove(String subject, String id) {
        return findById(id).filter(d -> d.subject().equals(subject)).map(d -> delete(id)).orElse(false);
    }
}
