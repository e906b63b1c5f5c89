package fr.passerelle.notification.port.out;

import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushOutcome;

/**
 * Hands pushes to the platforms' push services (FCM for Android and web, APNs for iOS). One adapter class per
 * service; the message carries its platform so a composite can route.
 */
public interface PushGateway {

    /**
     * @return what the service answered about this token
     * @throws PushUnavailableException when it is worth trying again later
     */
    PushOutcome send(PushMessage message);
}
