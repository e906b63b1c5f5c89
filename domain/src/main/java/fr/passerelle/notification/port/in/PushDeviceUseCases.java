package fr.passerelle.notification.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.PushPlatform;
import java.util.List;

/** The devices a person receives pushes on: each registers and unregisters only their own. */
public interface PushDeviceUseCases {

    /**
     * Registers the token for the actor. Idempotent; a token someone else registered becomes the actor's (the device
     * changed hands or accounts); beyond {@link PushDevice#MAX_PER_PERSON} devices the least recently registered is
     * forgotten.
     *
     * @throws fr.passerelle.shared.validation.BusinessRuleViolation for a blank, oversized or malformed token
     */
    PushDevice register(Actor actor, PushPlatform platform, String token);

    /** Forgets the token if it is one of the actor's; true when it was. Someone else's and unknown ones alike: false. */
    boolean unregister(Actor actor, String token);

    /** The actor's devices, most recently registered first. */
    List<PushDevice> mine(Actor actor);
}
