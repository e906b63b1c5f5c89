package fr.passerelle.shared.error;

/**
 * The object does not exist or the caller may not see it: both look the same from outside, so nobody learns
 * that someone else's object exists.
 */
public class NotFoundException extends RuntimeException {

    private final String id;

    /** @param id the key looked up, for the log; clients are told only what they sent (see the API's errors) */
    public NotFoundException(String type, String id) {
        super(type + " " + id + " not found");
        this.id = id;
    }

    /** The key that was looked up (an internal key, never to be shown as such). */
    public String id() {
        return id;
    }
}
