package fr.passerelle.notification.model;

/**
 * What the push service said of a push it answered. A failure worth retrying (unavailable, quota, timeout) is not an
 * outcome: the gateway throws {@link fr.passerelle.notification.port.out.PushUnavailableException} and the push is
 * tried again later.
 */
public enum PushOutcome {
    /** Accepted for delivery. */
    ACCEPTED,
    /**
     * The token will never work again: the app was uninstalled or the token rotated or is malformed (FCM
     * {@code UNREGISTERED} / {@code INVALID_ARGUMENT} on the token, APNs 410 {@code Unregistered} / 400
     * {@code BadDeviceToken}). The device must be forgotten: both services penalise senders that keep trying.
     */
    TOKEN_INVALID
}
