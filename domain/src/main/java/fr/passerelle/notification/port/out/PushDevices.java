package fr.passerelle.notification.port.out;

import fr.passerelle.notification.model.PushDevice;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Registered push devices, one per token. Every change is one atomic write. */
public interface PushDevices {

    /** Stores it, replacing any device with its id (whoever's it was): a token belongs to its latest registrant. */
    void register(PushDevice device);

    Optional<PushDevice> findById(String id);

    /** The person's devices, most recently registered first. */
    List<PushDevice> ofSubject(String subject);

    /** The devices of these people, most recently registered first. */
    List<PushDevice> ofSubjects(Collection<String> subjects);

    /** Removes the device if it is the subject's; true when one was removed. */
    boolean remove(String subject, String id);
}
