package fr.passerelle.notification.port.out;

/**
 * The push service could not take the push now (unavailable, over quota, unreachable): it is worth trying again
 * later. The message never holds the device token.
 */
public class PushUnavailableException extends RuntimeException {

    public PushUnavailableException(String message) {
        super(message);
    }

    public PushUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
